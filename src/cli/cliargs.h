#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <stdexcept>

namespace meso::cli {

// Exit codes of the headless contract.
enum ExitCode
{
    Ok = 0,
    Internal = 1,
    BadInput = 2,
    Refused = 3
};

// A command line that cannot be understood: exit 2 with this one line.
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &message) : std::runtime_error(message.toStdString()) {}
};

// The global options, then the command words and the command's own options.
struct CliArgs
{
    QString db, lang = QStringLiteral("en");
    QString user, passwordFile;             // who signs in (see session.h)
    QStringList words;                      // e.g. {"catalog", "import", "data/catalog"}
    QList<QPair<QString, QString>> options; // --name value; a flag (see kFlags) has an empty value

    static CliArgs parse(const QStringList &arguments);
    QString option(const QString &name) const;
    QStringList values(const QString &name) const; // every value of a repeated option
    bool hasOption(const QString &name) const;
    // The option as a whole number; a UsageError naming it when it is not one.
    qint64 number(const QString &name) const;
    // The option as a date YYYY-MM-DD; a UsageError naming it when it is not one.
    QDate date(const QString &name) const;
    // The command word at `index` as an id; a UsageError saying what was expected.
    qint64 idAt(int index, const QString &what) const;
    // Fails with a UsageError when an option other than `allowed` was given.
    void allowOnly(const QStringList &allowed) const;
};

} // namespace meso::cli
