#include "session.h"

#include "clinic/clinicdatabase.h"
#include "clinic/keyring.h"
#include "clinic/userservice.h"
#include "clinic/validationerror.h"

#include <QFile>

#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace meso::cli {

namespace {

QString firstLine(const QString &path, const QString &option)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw UsageError(QStringLiteral("--%1: cannot read %2").arg(option, path));
    QByteArray line = f.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

// Reads a line from the terminal without echoing it.
QString prompt(const QString &text)
{
    std::cerr << text.toStdString() << std::flush;
    termios old{};
    const bool tty = tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    std::cerr << '\n';
    return QString::fromStdString(line);
}

} // namespace

clinic::ActingUser signIn(const CliArgs &args, const clinic::ClinicDatabase &db)
{
    const QString username =
        !args.user.isEmpty() ? args.user : qEnvironmentVariable("MESOPLAN_USER");
    if (username.isEmpty())
        throw clinic::PermissionError(
            QStringLiteral("not signed in: give --user NAME (or MESOPLAN_USER) and the "
                           "password (MESOPLAN_PASSWORD, --password-file FILE or the prompt)"));
    QString password;
    if (qEnvironmentVariableIsSet("MESOPLAN_PASSWORD"))
        password = qEnvironmentVariable("MESOPLAN_PASSWORD");
    else if (!args.passwordFile.isEmpty())
        password = firstLine(args.passwordFile, QStringLiteral("password-file"));
    else if (isatty(STDIN_FILENO))
        password = prompt(QStringLiteral("Password for %1: ").arg(username));
    else
        throw clinic::PermissionError(
            QStringLiteral("not signed in: no password for %1 (MESOPLAN_PASSWORD, "
                           "--password-file FILE or a terminal)")
                .arg(username));
    return clinic::UserService(db).signIn(username, password);
}

QString newPassword(const CliArgs &args)
{
    if (qEnvironmentVariableIsSet("MESOPLAN_NEW_PASSWORD"))
        return qEnvironmentVariable("MESOPLAN_NEW_PASSWORD");
    if (args.hasOption(QStringLiteral("new-password-file")))
        return firstLine(args.option(QStringLiteral("new-password-file")),
                         QStringLiteral("new-password-file"));
    if (!isatty(STDIN_FILENO))
        throw UsageError(QStringLiteral(
            "expected the new password in MESOPLAN_NEW_PASSWORD or --new-password-file FILE"));
    const QString first = prompt(QStringLiteral("New password: "));
    if (prompt(QStringLiteral("Repeat it: ")) != first)
        throw clinic::ValidationError(QStringLiteral("user.password"),
                                      QStringLiteral("the two entries differ"));
    return first;
}

QString smtpPassword(const QString &host, const QString &user)
{
    if (user.isEmpty())
        return {};
    if (qEnvironmentVariableIsSet("MESOPLAN_SMTP_PASSWORD"))
        return qEnvironmentVariable("MESOPLAN_SMTP_PASSWORD");
    if (const auto kept = clinic::Keyring::smtpPassword(host, user))
        return *kept;
    if (isatty(STDIN_FILENO))
        return prompt(QStringLiteral("Password of %1 at %2: ").arg(user, host));
    throw clinic::PermissionError(
        QStringLiteral("no password for %1 at %2 (MESOPLAN_SMTP_PASSWORD, the system keyring or a "
                       "terminal)")
            .arg(user, host));
}

} // namespace meso::cli
