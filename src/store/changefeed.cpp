#include "changefeed.h"

#include "database.h"
#include "statement.h"
#include "storeerror.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <stdexcept>

namespace meso::store {

namespace {
// The channel of every MesoPlan workstation of the database; the payload is "schema:topic", so
// that clinics (or test cases) in other schemas of one server database are not heard.
const QString kChannel = QStringLiteral("mesoplan_changes");
} // namespace

void announceChange(const Database &db, const QString &topic)
{
    if (!db.isServer())
        return;
    if (!db.inWriteTransaction())
        throw std::logic_error("a change announced outside a write transaction");
    // The topic goes into the NOTIFY's text (no parameter in a script): one of ours, a plain word.
    if (topic.isEmpty() || !std::all_of(topic.begin(), topic.end(), [](QChar c) {
            return c >= QLatin1Char('a') && c <= QLatin1Char('z');
        }))
        throw std::logic_error("not a change topic: " + topic.toStdString());
    if (!db.m_announced.contains(topic))
        db.m_announced << topic;
}

QStringList takeAnnouncements(const Database &db)
{
    QStringList statements;
    for (const QString &topic : std::as_const(db.m_announced))
        statements << db.dialect().notify().arg(kChannel, topic);
    db.m_announced.clear();
    return statements;
}

ChangeFeed::ChangeFeed(const Database &db, QObject *parent) : QObject(parent)
{
    if (!db.isServer())
        return;
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("mesoplan-feed-%1").arg(counter++);
    {
        QSqlDatabase listener = QSqlDatabase::cloneDatabase(db.connection(), name);
        if (!listener.open() || !listener.driver()->subscribeToNotification(kChannel)) {
            m_error = listener.lastError().text().isEmpty() ? listener.driver()->lastError().text()
                                                            : listener.lastError().text();
            listener.close();
        } else {
            QSqlQuery schema(listener);
            const QString prefix =
                schema.exec(QStringLiteral("SELECT current_schema()")) && schema.next()
                    ? schema.value(0).toString() + QLatin1Char(':')
                    : QString();
            connect(listener.driver(), &QSqlDriver::notification, this,
                    [this, prefix](const QString &channel, QSqlDriver::NotificationSource,
                                   const QVariant &payload) {
                        const QString text = payload.toString();
                        if (channel == kChannel && text.startsWith(prefix))
                            Q_EMIT changed(text.mid(prefix.size()));
                    });
            m_connectionName = name;
        }
    }
    if (m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(name);
}

ChangeFeed::~ChangeFeed()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase listener = QSqlDatabase::database(m_connectionName, false);
        listener.driver()->unsubscribeFromNotification(kChannel);
        listener.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace meso::store
