#include "logfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>

namespace meso::clinic {

namespace {

struct LogState
{
    QMutex mutex;
    QString path;
    qint64 maxBytes = 0;
    int keep = 0;
    QtMessageHandler previous = nullptr;
    bool writing = false; // a message raised while writing one is not written again
};

LogState &state()
{
    static LogState s;
    return s;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "error";
    case QtFatalMsg:
        return "fatal";
    default:
        return "info";
    }
}

// Moves mesoplan.log to .1, .1 to .2, ..., dropping the oldest. Called with the mutex held.
void rotate(const LogState &s)
{
    QFile::remove(s.path + QLatin1Char('.') + QString::number(s.keep));
    for (int i = s.keep - 1; i >= 1; --i)
        QFile::rename(s.path + QLatin1Char('.') + QString::number(i),
                      s.path + QLatin1Char('.') + QString::number(i + 1));
    if (s.keep > 0)
        QFile::rename(s.path, s.path + QStringLiteral(".1"));
    else
        QFile::remove(s.path);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &s = state();
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        const QMutexLocker lock(&s.mutex);
        if (!s.writing) {
            s.writing = true;
            QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
                              ' ' + levelName(type) + ' ' +
                              (context.category ? context.category : "default") + ": " +
                              withoutQuotedText(message).toUtf8().replace('\n', ' ') + '\n';
            if (QFile(s.path).size() + line.size() > s.maxBytes)
                rotate(s);
            QFile file(s.path);
            if (file.open(QIODevice::WriteOnly | QIODevice::Append))
                file.write(line);
            s.writing = false;
        }
    }
    if (s.previous)
        s.previous(type, context, message);
}

} // namespace

QString withoutQuotedText(const QString &message)
{
    static const QRegularExpression quoted(QStringLiteral(
        "\"[^\"]*\"|\u201c[^\u201d]*\u201d|\u00ab[^\u00bb]*\u00bb|(?<!\\p{L})'[^']*'"));
    QString out;
    qsizetype from = 0;
    for (auto m = quoted.globalMatch(message); m.hasNext();) {
        const auto match = m.next();
        const QString text = match.captured();
        out += message.mid(from, match.capturedStart() - from);
        out += text.front() + QStringLiteral("…") + text.back();
        from = match.capturedEnd();
    }
    return out + message.mid(from);
}

QString installLogFile(qint64 maxBytes, int keep)
{
    LogState &s = state();
    {
        const QMutexLocker lock(&s.mutex);
        const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                       QStringLiteral("/logs"));
        dir.mkpath(QStringLiteral("."));
        s.path = dir.filePath(QStringLiteral("mesoplan.log"));
        s.maxBytes = std::max<qint64>(maxBytes, 256);
        s.keep = std::max(keep, 0);
    }
    static const bool installed = [&s] {
        s.previous = qInstallMessageHandler(handler);
        return true;
    }();
    Q_UNUSED(installed);
    return s.path;
}

QString logFilePath()
{
    LogState &s = state();
    const QMutexLocker lock(&s.mutex);
    return s.path;
}

} // namespace meso::clinic
