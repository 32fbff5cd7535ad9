#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace meso::test {

struct CliResult
{
    int exitCode = -1;
    QByteArray out, err;
    QStringList errLines() const
    {
        return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

// The environment of a mesoplan-cli run: never the user's profile (HOME points to a temp folder),
// never the caller's database or credentials; `extra` adds variables (MESOPLAN_USER, ...).
inline QProcessEnvironment cliEnvironment(const QString &home,
                                          const QList<QPair<QString, QString>> &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    for (const char *name :
         {"MESOPLAN_DB", "MESOPLAN_USER", "MESOPLAN_PASSWORD", "MESOPLAN_NEW_PASSWORD"})
        env.remove(QLatin1String(name));
    for (const auto &[name, value] : extra)
        env.insert(name, value);
    return env;
}

// Runs the real mesoplan-cli binary.
inline CliResult runCli(const QStringList &args, const QString &home, const QByteArray &input = {},
                        const QList<QPair<QString, QString>> &extra = {})
{
    QProcess p;
    p.setProcessEnvironment(cliEnvironment(home, extra));
    p.start(QStringLiteral(MESOPLAN_CLI), args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    CliResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace meso::test
