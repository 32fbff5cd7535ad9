#include "auditrepository.h"

#include "database.h"
#include "settingsrepository.h"
#include "statement.h"
#include "storeerror.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

#include <stdexcept>

#include <QCoreApplication>

namespace meso::store {

namespace {

const QString kHeadKey = QStringLiteral("audit.head");

// Rows a long transaction (a clinic generated or imported at once) keeps before writing them.
constexpr size_t kWrittenAtMost = 1000;

const QString kColumns = QStringLiteral(
    "seq, at, user_id, username, action, patient_id, entity, summary, prev_hash, hash");

AuditEntry readEntry(const Statement &s)
{
    AuditEntry e;
    e.seq = s.integer(0);
    e.at = QDateTime::fromString(s.text(1), Qt::ISODateWithMs);
    e.userId = s.value(2).isNull() ? 0 : s.integer(2);
    e.username = s.text(3);
    e.action = s.text(4);
    e.patientId = s.value(5).isNull() ? 0 : s.integer(5);
    e.entity = s.text(6);
    e.summary = s.text(7);
    e.prevHash = s.text(8);
    e.hash = s.text(9);
    return e;
}

QVariant idOrNull(qint64 id)
{
    return id == 0 ? QVariant() : QVariant(id);
}

std::string utf8(const QString &s)
{
    return s.toUtf8().toStdString();
}

} // namespace

QString AuditRepository::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditRepository::hashOf(const AuditEntry &e)
{
    return hashOf(e, timestamp(e.at));
}

QString AuditRepository::hashOf(const AuditEntry &e, const QString &at)
{
    static const bool sodiumReady = sodium_init() >= 0;
    if (!sodiumReady)
        throw StoreError(
            QCoreApplication::translate("Store", "libsodium could not be initialised"));
    // The row as a JSON array: an unambiguous encoding of every field (NULL ids as null).
    const nlohmann::json fields = {e.seq,
                                   utf8(at),
                                   e.userId == 0 ? nlohmann::json() : nlohmann::json(e.userId),
                                   utf8(e.username),
                                   utf8(e.action),
                                   e.patientId == 0 ? nlohmann::json()
                                                    : nlohmann::json(e.patientId),
                                   utf8(e.entity),
                                   utf8(e.summary),
                                   utf8(e.prevHash)};
    const std::string text = fields.dump();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return QString::fromLatin1(hex);
}

AuditEntry AuditRepository::append(AuditEntry entry)
{
    return appendAll({std::move(entry)}).front();
}

std::vector<AuditEntry> AuditRepository::appendAll(std::vector<AuditEntry> entries)
{
    if (entries.empty())
        return entries;
    if (!m_db.inWriteTransaction()) // rows outside the action's transaction could outlive it
        throw std::logic_error("audit rows appended outside a write transaction");
    Database::PendingAudit &pending = m_db.m_audit;
    if (!pending.head)
        pending.head = SettingsRepository(m_db).value(kHeadKey);
    // The chain goes on from the recorded head, not from whatever the table ends with: rows
    // removed at the end by another tool stay a gap that verify() reports.
    qint64 seq = 0;
    QString prevHash = genesisHash();
    if (!pending.head->isEmpty()) {
        seq = pending.head->section(QLatin1Char(' '), 0, 0).toLongLong();
        prevHash = pending.head->section(QLatin1Char(' '), 1, 1);
    } else {
        Statement tail(m_db.connection(),
                       QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        tail.exec();
        if (tail.next()) { // the head was removed: go on from the table
            seq = tail.integer(0);
            prevHash = tail.text(1);
        }
    }
    // The entries of one action share their instant: its text is made once (a trace writes a row
    // per patient).
    QDateTime lastAt;
    QDateTime storedAt; // stored with millisecond precision: hash what is stored
    QString at;
    for (AuditEntry &entry : entries) {
        entry.seq = ++seq;
        entry.prevHash = prevHash;
        if (at.isNull() || entry.at != lastAt) {
            lastAt = entry.at;
            at = timestamp(entry.at);
            storedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
        }
        entry.at = storedAt;
        entry.hash = hashOf(entry, at);
        prevHash = entry.hash;
        pending.rows.push_back(entry);
    }
    pending.head = QStringLiteral("%1 %2").arg(seq).arg(prevHash);
    if (pending.rows.size() >= kWrittenAtMost)
        writePending();
    return entries;
}

void AuditRepository::writePending() const
{
    Database::PendingAudit &pending = m_db.m_audit;
    if (pending.rows.empty())
        return;
    // The rows in multi-row INSERTs and the head beside them: on a server each statement is a
    // round trip, so an action's rows and head are one statement, with the rows in a WITH (run to
    // completion whether read or not). SQLite runs its one-row statement, prepared once, fastest.
    const bool server = m_db.isServer();
    const qsizetype perInsert = server ? 64 : 1;
    const QString upsertHead = QStringLiteral(
        "INSERT INTO clinic_settings (setting_key, setting_value) VALUES (?, ?) ON CONFLICT "
        "(setting_key) DO UPDATE SET setting_value = excluded.setting_value");
    const auto rows = static_cast<qsizetype>(pending.rows.size());
    for (qsizetype from = 0; from < rows; from += perInsert) {
        const qsizetype count = std::min(perInsert, rows - from);
        const bool withHead = server && from + count == rows;
        QString sql = QStringLiteral("INSERT INTO audit_log (%1) VALUES ").arg(kColumns) +
                      valueRows(count, 10);
        if (withHead)
            sql = QStringLiteral("WITH audit_rows AS (%1) %2").arg(sql, upsertHead);
        Statement s(m_db.connection(), sql);
        for (qsizetype i = from; i < from + count; ++i) {
            const AuditEntry &e = pending.rows[static_cast<size_t>(i)];
            s.bind(e.seq).bind(timestamp(e.at)).bind(idOrNull(e.userId));
            s.bind(e.username).bind(e.action).bind(idOrNull(e.patientId));
            s.bind(e.entity).bind(e.summary).bind(e.prevHash).bind(e.hash);
        }
        if (withHead)
            s.bind(kHeadKey).bind(*pending.head);
        s.exec();
    }
    // The head outside the table: removing the newest rows is noticed as well.
    if (!server)
        Statement(m_db.connection(), upsertHead).bind(kHeadKey).bind(*pending.head).exec();
    pending.rows.clear();
}

void AuditRepository::forgetHead() const
{
    if (!m_db.m_audit.rows.empty()) // rows chained to the old head would be left in a fork
        throw std::logic_error("the audit head forgotten with rows not written");
    m_db.m_audit.head.reset();
}

QString AuditRepository::headQuery()
{
    return QStringLiteral("SELECT setting_value FROM clinic_settings WHERE setting_key = '%1'")
        .arg(kHeadKey);
}

void AuditRepository::forEach(const AuditFilter &filter,
                              const std::function<void(const AuditEntry &)> &visit) const
{
    writePending(); // the open transaction's own rows are part of the trail it reads
    QStringList where;
    QVariantList values;
    if (filter.userId != 0) {
        where << QStringLiteral("user_id = ?");
        values << filter.userId;
    }
    if (filter.patientId != 0) {
        where << QStringLiteral("patient_id = ?");
        values << filter.patientId;
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << timestamp(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < ?");
        values << timestamp(filter.to);
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(kColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (filter.limit > 0) // the newest rows, then back in order
        sql = QStringLiteral("SELECT * FROM (%1 ORDER BY seq DESC LIMIT %2) newest")
                  .arg(sql)
                  .arg(filter.limit);
    sql += QStringLiteral(" ORDER BY seq");
    Statement s(m_db.connection(), sql);
    for (const QVariant &v : values)
        s.bind(v);
    s.exec();
    while (s.next())
        visit(readEntry(s));
}

std::vector<AuditEntry> AuditRepository::list(const AuditFilter &filter) const
{
    std::vector<AuditEntry> rows;
    forEach(filter, [&](const AuditEntry &e) { rows.push_back(e); });
    return rows;
}

AuditVerification AuditRepository::verify() const
{
    AuditVerification result;
    QString previous = genesisHash();
    qint64 expected = 1;
    forEach({}, [&](const AuditEntry &e) {
        ++result.rows;
        if (result.problems.size() >= 100)
            return;
        if (e.seq != expected)
            result.problems << QStringLiteral("row %1 follows row %2: %3 row(s) removed")
                                   .arg(e.seq)
                                   .arg(expected - 1)
                                   .arg(e.seq - expected);
        else if (e.prevHash != previous)
            result.problems << QStringLiteral(
                                   "row %1 does not follow row %2 (its previous hash differs): "
                                   "a row was removed or replaced")
                                   .arg(e.seq)
                                   .arg(expected - 1);
        if (hashOf(e) != e.hash)
            result.problems << QStringLiteral("row %1 was changed after it was written (%2, %3)")
                                   .arg(e.seq)
                                   .arg(e.action, timestamp(e.at));
        previous = e.hash;
        expected = e.seq + 1;
    });
    const QString head = SettingsRepository(m_db).value(kHeadKey);
    const QString last =
        result.rows == 0 ? QString() : QStringLiteral("%1 %2").arg(expected - 1).arg(previous);
    if (head != last)
        result.problems << (head.isEmpty()
                                ? QStringLiteral("the trail's head record is missing")
                                : QStringLiteral(
                                      "the trail ends at row %1, but row %2 was written: "
                                      "the newest rows were removed or changed")
                                      .arg(expected - 1)
                                      .arg(head.section(QLatin1Char(' '), 0, 0)));
    return result;
}

} // namespace meso::store
