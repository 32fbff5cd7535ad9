#include "changefeed.h"

#include "database.h"
#include "statement.h"
#include "storeerror.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace meso::store {

namespace {
// The channel of every MesoPlan workstation of the database; the payload is "schema:topic", so
// that clinics (or test cases) in other schemas of one server database are not heard.
const QString kChannel = QStringLiteral("mesoplan_changes");
} // namespace

void announceChange(const Database &db, const QString &topic)
{
    const QString sql = db.dialect().notify();
    if (sql.isEmpty())
        return;
    Statement s(db.connection(), sql);
    s.bind(kChannel).bind(topic).exec();
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
