#include "cliargs.h"

namespace meso::cli {

namespace {
// Options that take no value.
const QStringList kFlags = {QStringLiteral("help"),           QStringLiteral("version"),
                            QStringLiteral("sign"),           QStringLiteral("dry-run"),
                            QStringLiteral("only-preferred"), QStringLiteral("csv"),
                            QStringLiteral("skip-bad")};
} // namespace

CliArgs CliArgs::parse(const QStringList &arguments)
{
    CliArgs a;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            QString name = arg.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            } else if (!kFlags.contains(name)) {
                if (i + 1 >= arguments.size())
                    throw UsageError(QStringLiteral("--%1: expected a value").arg(name));
                value = arguments.at(++i);
            }
            if (name == QLatin1String("db"))
                a.db = value;
            else if (name == QLatin1String("user"))
                a.user = value;
            else if (name == QLatin1String("password-file"))
                a.passwordFile = value;
            else if (name == QLatin1String("lang"))
                a.lang = value;
            else
                a.options.append({name, value});
        } else {
            a.words << arg;
        }
    }
    return a;
}

QString CliArgs::option(const QString &name) const
{
    for (const auto &o : options) {
        if (o.first == name)
            return o.second;
    }
    return {};
}

QStringList CliArgs::values(const QString &name) const
{
    QStringList out;
    for (const auto &o : options) {
        if (o.first == name)
            out << o.second;
    }
    return out;
}

qint64 CliArgs::number(const QString &name) const
{
    bool ok = false;
    const qint64 n = option(name).toLongLong(&ok);
    if (!ok)
        throw UsageError(
            QStringLiteral("--%1: expected a whole number, got \"%2\"").arg(name, option(name)));
    return n;
}

QDate CliArgs::date(const QString &name) const
{
    const QDate d = QDate::fromString(option(name), Qt::ISODate);
    if (!d.isValid())
        throw UsageError(
            QStringLiteral("--%1: expected YYYY-MM-DD, got \"%2\"").arg(name, option(name)));
    return d;
}

qint64 CliArgs::idAt(int index, const QString &what) const
{
    bool ok = false;
    const qint64 id = words.value(index).toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError(
            QStringLiteral("%1: expected an id, got \"%2\"").arg(what, words.value(index)));
    return id;
}

bool CliArgs::hasOption(const QString &name) const
{
    for (const auto &o : options) {
        if (o.first == name)
            return true;
    }
    return false;
}

void CliArgs::allowOnly(const QStringList &allowed) const
{
    for (const auto &o : options) {
        if (!allowed.contains(o.first))
            throw UsageError(QStringLiteral("--%1: unknown option for this command").arg(o.first));
    }
}

} // namespace meso::cli
