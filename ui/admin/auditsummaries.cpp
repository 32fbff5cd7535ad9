#include "auditsummaries.h"

#include "catalogtext.h"

#include "clinic/adverseeventservice.h"
#include "clinic/bookingservice.h"
#include "clinic/permissions.h"
#include "clinic/photoservice.h"
#include "clinic/planservice.h"
#include "core/catalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <vector>

namespace meso::ui {

namespace {

// What a value inside a summary is, and so how it is shown.
enum class Value
{
    Kept,          // a number, a file or account name, a version: as stored
    Word,          // one of kWords ("not set", "active"), or kept
    Date,          // ISO date, shown as the locale writes it
    DateTime,      // ISO date and time (or a kWords entry: "start", "now")
    Status,        // appointment status
    Severity,      // adverse event severity
    Outcome,       // adverse event outcome
    Role,          // account role
    PhotoScope,    // what the patient agreed photos may be used for
    ConsentMethod, // how consent to a plan was given
    Area,          // catalog area id
    Risk,          // catalog risk id
    Protocol,      // catalog protocol id
};

struct Template
{
    const char *action; // the action code, or its prefix ending in '.' ("appointment.")
    const char *text;   // the English text as the service writes it
    std::array<Value, 4> values{};
};

using V = Value;

// One line per summary a service writes (the test reads the services' audit calls and fails
// when a text is missing here). The order matters only within one action: the first that
// matches wins.
const std::array kTemplates{
    Template{"adverse_event.add",
             QT_TRANSLATE_NOOP("AuditSummary", "session %1, %2, %3, %4"),
             {V::Kept, V::Risk, V::Severity, V::Outcome}},
    Template{"adverse_event.update",
             QT_TRANSLATE_NOOP("AuditSummary", "%1, %2"),
             {V::Severity, V::Outcome}},
    Template{"adverse_event.read", QT_TRANSLATE_NOOP("AuditSummary", "events: %1")},
    Template{"appointment.move",
             QT_TRANSLATE_NOOP("AuditSummary", "to %1, practitioner %2, room %3"),
             {V::DateTime}},
    Template{"appointment.", QT_TRANSLATE_NOOP("AuditSummary", "was %1"), {V::Status}},
    Template{"audit.export",
             QT_TRANSLATE_NOOP("AuditSummary", "user %1, from %2, to %3"),
             {V::Kept, V::DateTime, V::DateTime}},
    Template{
        "backup.restore", QT_TRANSLATE_NOOP("AuditSummary", "from %1 by %2"), {V::Kept, V::Word}},
    Template{"booking.book",
             QT_TRANSLATE_NOOP("AuditSummary", "sessions: %1, appointments %2 to %3")},
    Template{"catalog.import", QT_TRANSLATE_NOOP("AuditSummary", "version %1")},
    Template{
        "catalog.upgrade",
        QT_TRANSLATE_NOOP("AuditSummary",
                          "bundled edition %1 (version %2) replaced by edition %3 (version %4)")},
    Template{"clinic.hours", QT_TRANSLATE_NOOP("AuditSummary", "set-up time %1 min")},
    Template{"clinic.policies",
             QT_TRANSLATE_NOOP(
                 "AuditSummary",
                 "idle lock %1 min, retention %2 years, %3 backups, expiry warning %4 days")},
    Template{"clinic.mail",
             QT_TRANSLATE_NOOP("AuditSummary", "server %1, port %2, %3"),
             {V::Kept, V::Kept, V::Kept}},
    Template{"clinic.mail", QT_TRANSLATE_NOOP("AuditSummary", "not set")},
    Template{"clinic.setup", QT_TRANSLATE_NOOP("AuditSummary", "step %1 done"), {V::Word}},
    Template{"clinic.practitioner", QT_TRANSLATE_NOOP("AuditSummary", "protocols: %1")},
    Template{"clinic.profile", QT_TRANSLATE_NOOP("AuditSummary", "country %1"), {V::Word}},
    Template{"clinic.room", QT_TRANSLATE_NOOP("AuditSummary", "named %1")},
    Template{"clinic.room", QT_TRANSLATE_NOOP("AuditSummary", "in use")},
    Template{"clinic.room", QT_TRANSLATE_NOOP("AuditSummary", "out of use")},
    Template{"consultation.amend", QT_TRANSLATE_NOOP("AuditSummary", "amends consultation %1")},
    Template{"consultation.read", QT_TRANSLATE_NOOP("AuditSummary", "consultations: %1")},
    Template{"consultation.read",
             QT_TRANSLATE_NOOP("AuditSummary", "history: consultations %1, plan versions %2")},
    Template{"consultation.save", QT_TRANSLATE_NOOP("AuditSummary", "draft")},
    Template{"database.migrate", QT_TRANSLATE_NOOP("AuditSummary", "copied from %1")},
    Template{"database.migrate", QT_TRANSLATE_NOOP("AuditSummary", "copied to %1")},
    Template{"demo.load",
             QT_TRANSLATE_NOOP("AuditSummary", "%1 patients, demo rooms, accounts and stock")},
    Template{"lot.receive", QT_TRANSLATE_NOOP("AuditSummary", "product %1, %2 unit(s)")},
    Template{"lot.trace", QT_TRANSLATE_NOOP("AuditSummary", "%1 line(s)")},
    Template{"lot.trace", QT_TRANSLATE_NOOP("AuditSummary", "no patient")},
    Template{"patient.import", QT_TRANSLATE_NOOP("AuditSummary", "line %1")},
    Template{"billing.settings",
             QT_TRANSLATE_NOOP("AuditSummary", "VAT %1 bp, currency %2"),
             {V::Kept, V::Word}},
    Template{"billing.settings", QT_TRANSLATE_NOOP("AuditSummary", "VAT %1 bp")},
    Template{"billing.takings", QT_TRANSLATE_NOOP("AuditSummary", "%1: %2"), {V::Date}},
    Template{"invoice.issue", QT_TRANSLATE_NOOP("AuditSummary", "%1 session(s), %2")},
    Template{"invoice.issue",
             QT_TRANSLATE_NOOP("AuditSummary", "package of consultation %1 request %2, %3")},
    Template{"invoice.credit", QT_TRANSLATE_NOOP("AuditSummary", "cancels %1 line(s) of %2, %3")},
    Template{"invoice.read", QT_TRANSLATE_NOOP("AuditSummary", "%1 document(s)")},
    Template{"payment.add", QT_TRANSLATE_NOOP("AuditSummary", "%1 %2 on %3"), {V::Word}},
    Template{"payment.add", QT_TRANSLATE_NOOP("AuditSummary", "%1 %2"), {V::Word}},
    Template{"price.set", QT_TRANSLATE_NOOP("AuditSummary", "session %1, package %2")},
    Template{"price.set", QT_TRANSLATE_NOOP("AuditSummary", "the catalog's")},
    Template{
        "recall.list", QT_TRANSLATE_NOOP("AuditSummary", "due %1 to %2: %3"), {V::Date, V::Date}},
    Template{"recall.mark",
             QT_TRANSLATE_NOOP("AuditSummary", "request %1: %2 on %3"),
             {V::Kept, V::Word, V::Date}},
    Template{
        "reminder.", QT_TRANSLATE_NOOP("AuditSummary", "appointment %1 on %2"), {V::Kept, V::Date}},
    Template{"reminder.", QT_TRANSLATE_NOOP("AuditSummary", "none on %1"), {V::Date}},
    Template{"photo.add",
             QT_TRANSLATE_NOOP("AuditSummary", "session %1, %2, %3"),
             {V::Kept, V::Area, V::Word}},
    Template{
        "photo.consent", QT_TRANSLATE_NOOP("AuditSummary", "%1 on %2"), {V::PhotoScope, V::Date}},
    Template{"photo.read", QT_TRANSLATE_NOOP("AuditSummary", "photos: %1")},
    Template{"plan.approve", QT_TRANSLATE_NOOP("AuditSummary", "version %1, overrides: %2")},
    Template{
        "plan.consent", QT_TRANSLATE_NOOP("AuditSummary", "%1 on %2"), {V::ConsentMethod, V::Date}},
    Template{"plan.read", QT_TRANSLATE_NOOP("AuditSummary", "proposal")},
    Template{"plan.read", QT_TRANSLATE_NOOP("AuditSummary", "versions: %1")},
    Template{"plan.read", QT_TRANSLATE_NOOP("AuditSummary", "session of appointment %1")},
    Template{"plan.revise", QT_TRANSLATE_NOOP("AuditSummary", "version %1 of plan %2")},
    Template{"plan.save",
             QT_TRANSLATE_NOOP("AuditSummary", "protocol %1, sessions %2, interval %3 days"),
             {V::Protocol}},
    Template{"product.add", QT_TRANSLATE_NOOP("AuditSummary", "%1 component(s)")},
    Template{"session.amend", QT_TRANSLATE_NOOP("AuditSummary", "amends session %1")},
    Template{"session.not_performed", QT_TRANSLATE_NOOP("AuditSummary", "appointment %1")},
    Template{"session.read", QT_TRANSLATE_NOOP("AuditSummary", "versions: %1")},
    Template{"session.read", QT_TRANSLATE_NOOP("AuditSummary", "sessions: %1")},
    Template{"session.read", QT_TRANSLATE_NOOP("AuditSummary", "progress: %1 of %2")},
    Template{"session.record",
             QT_TRANSLATE_NOOP("AuditSummary", "appointment %1, %2 line(s), %3 deviation(s)")},
    Template{"user.add", QT_TRANSLATE_NOOP("AuditSummary", "first administrator")},
    Template{"user.add", QT_TRANSLATE_NOOP("AuditSummary", "role practitioner, no password yet")},
    Template{"user.add", QT_TRANSLATE_NOOP("AuditSummary", "role %1"), {V::Role}},
    Template{"user.update", QT_TRANSLATE_NOOP("AuditSummary", "named %1")},
    Template{"user.update", QT_TRANSLATE_NOOP("AuditSummary", "role %1, %2"), {V::Role, V::Word}},
    Template{"user.sign_in",
             QT_TRANSLATE_NOOP("AuditSummary", "password re-hashed with higher work factors")},
    Template{"user.sign_in_failed", QT_TRANSLATE_NOOP("AuditSummary", "account cannot sign in")},
    Template{"user.sign_in_failed", QT_TRANSLATE_NOOP("AuditSummary", "unknown user name")},
    Template{"user.sign_in_failed",
             QT_TRANSLATE_NOOP("AuditSummary", "wrong password (%1 in a row)")},
    Template{"user.sign_in_refused",
             QT_TRANSLATE_NOOP("AuditSummary", "%1 failed attempts; waiting")},
};

// The words that fill a template's values.
const std::array kWords{
    QT_TRANSLATE_NOOP("AuditSummary", "not set"),
    QT_TRANSLATE_NOOP("AuditSummary", "the catalog's"),
    QT_TRANSLATE_NOOP("AuditSummary", "active"),
    QT_TRANSLATE_NOOP("AuditSummary", "inactive"),
    QT_TRANSLATE_NOOP("AuditSummary", "start"),
    QT_TRANSLATE_NOOP("AuditSummary", "now"),
    QT_TRANSLATE_NOOP("AuditSummary", "before"),
    QT_TRANSLATE_NOOP("AuditSummary", "after"),
    QT_TRANSLATE_NOOP("AuditSummary", "(no database yet)"),
    QT_TRANSLATE_NOOP("AuditSummary", "card"),
    QT_TRANSLATE_NOOP("AuditSummary", "cash"),
    QT_TRANSLATE_NOOP("AuditSummary", "cheque"),
    QT_TRANSLATE_NOOP("AuditSummary", "transfer"),
    QT_TRANSLATE_NOOP("AuditSummary", "contacted"),
    QT_TRANSLATE_NOOP("AuditSummary", "booked"),
    QT_TRANSLATE_NOOP("AuditSummary", "declined"),
    QT_TRANSLATE_NOOP("AuditSummary", "clinic"),
    QT_TRANSLATE_NOOP("AuditSummary", "staff"),
    QT_TRANSLATE_NOOP("AuditSummary", "hours"),
    QT_TRANSLATE_NOOP("AuditSummary", "patients"),
};

// An object is "kind:id" (or just "kind"); the id goes where %1 is.
struct EntityKind
{
    const char *kind;
    const char *text;
};

const std::array kEntities{
    EntityKind{"adverse_event", QT_TRANSLATE_NOOP("AuditSummary", "adverse event %1")},
    EntityKind{"appointment", QT_TRANSLATE_NOOP("AuditSummary", "appointment %1")},
    EntityKind{"audit", QT_TRANSLATE_NOOP("AuditSummary", "audit trail")},
    EntityKind{"catalog", QT_TRANSLATE_NOOP("AuditSummary", "catalog")},
    EntityKind{"clinic", QT_TRANSLATE_NOOP("AuditSummary", "clinic")},
    EntityKind{"closure", QT_TRANSLATE_NOOP("AuditSummary", "closure on %1")},
    EntityKind{"consultation", QT_TRANSLATE_NOOP("AuditSummary", "consultation %1")},
    EntityKind{"database", QT_TRANSLATE_NOOP("AuditSummary", "database")},
    EntityKind{"demo", QT_TRANSLATE_NOOP("AuditSummary", "demonstration data")},
    EntityKind{"import", QT_TRANSLATE_NOOP("AuditSummary", "import of %1")},
    EntityKind{"lot", QT_TRANSLATE_NOOP("AuditSummary", "lot %1")},
    EntityKind{"patient", QT_TRANSLATE_NOOP("AuditSummary", "patient %1")},
    EntityKind{"photo", QT_TRANSLATE_NOOP("AuditSummary", "photo %1")},
    EntityKind{"plan", QT_TRANSLATE_NOOP("AuditSummary", "plan %1")},
    EntityKind{"product", QT_TRANSLATE_NOOP("AuditSummary", "product %1")},
    EntityKind{"invoice", QT_TRANSLATE_NOOP("AuditSummary", "invoice %1")},
    EntityKind{"payment", QT_TRANSLATE_NOOP("AuditSummary", "payment %1")},
    EntityKind{"price", QT_TRANSLATE_NOOP("AuditSummary", "price of %1")},
    EntityKind{"recalls", QT_TRANSLATE_NOOP("AuditSummary", "maintenance recalls")},
    EntityKind{"takings", QT_TRANSLATE_NOOP("AuditSummary", "day's takings")},
    EntityKind{"reminders", QT_TRANSLATE_NOOP("AuditSummary", "appointment reminders")},
    EntityKind{"room", QT_TRANSLATE_NOOP("AuditSummary", "room %1")},
    EntityKind{"session", QT_TRANSLATE_NOOP("AuditSummary", "session record %1")},
    EntityKind{"user", QT_TRANSLATE_NOOP("AuditSummary", "account %1")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("AuditSummary", text);
}

QString wordText(const QString &value)
{
    for (const char *w : kWords)
        if (value == QLatin1String(w))
            return translated(w);
    return value;
}

QString dateText(const QString &value)
{
    const QDate d = QDate::fromString(value, Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : wordText(value);
}

QString dateTimeText(const QString &value)
{
    QDateTime t = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!t.isValid())
        return wordText(value);
    if (t.timeSpec() == Qt::UTC)
        t = t.toLocalTime();
    return QLocale().toString(t.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           t.time().toString(QStringLiteral("HH:mm"));
}

QString valueText(Value kind, const QString &value, const AuditNames &names)
{
    using clinic::AdverseEventService;
    const core::Catalog *c = names.catalog.get();
    const std::string id = ss(value);
    switch (kind) {
    case Value::Kept:
        return value;
    case Value::Word:
        return wordText(value);
    case Value::Date:
        return dateText(value);
    case Value::DateTime:
        return dateTimeText(value);
    case Value::Status:
        return clinic::BookingService::statusName(value);
    case Value::Severity:
        return AdverseEventService::severityName(value);
    case Value::Outcome:
        return AdverseEventService::outcomeName(value);
    case Value::Role:
        return clinic::Permissions::roleName(value);
    case Value::PhotoScope:
        return clinic::PhotoService::scopeName(value);
    case Value::ConsentMethod:
        return clinic::PlanService::textOf(clinic::PlanService::consentMethods(), value);
    case Value::Area:
        return c ? nameOf(c->areas, id, names.language) : value;
    case Value::Protocol:
        return c ? nameOf(c->protocols, id, names.language) : value;
    case Value::Risk:
        if (c)
            for (const core::Risk &r : c->risks)
                if (r.id == id)
                    return qs(r.text.in(names.language));
        return value;
    }
    return value;
}

// `text` with each %n replaced by values[n - 1] in one pass: a value that holds "%2" itself
// (a room named so) stays as it is, where chained QString::arg calls would replace it.
QString filled(const QString &text, const QStringList &values)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int n =
            i + 1 < text.size() && text[i] == QLatin1Char('%') ? text[i + 1].digitValue() : -1;
        if (n >= 1 && n <= values.size()) {
            out += values[n - 1];
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool appliesTo(const Template &t, const QString &action)
{
    const QLatin1String code(t.action);
    return code.endsWith(QLatin1Char('.')) ? action.startsWith(code) : action == code;
}

// The template as an anchored pattern: its text literally, each %n a lazy group.
const QRegularExpression &patternOf(const Template &t)
{
    static std::vector<QRegularExpression> patterns = [] {
        std::vector<QRegularExpression> out;
        static const QRegularExpression placeholder(QStringLiteral("%[1-9]"));
        for (const Template &each : kTemplates) {
            const QStringList literal = QString::fromLatin1(each.text).split(placeholder);
            QStringList escaped;
            for (const QString &part : literal)
                escaped << QRegularExpression::escape(part);
            out.emplace_back(
                QRegularExpression::anchoredPattern(escaped.join(QStringLiteral("(.+?)"))));
        }
        return out;
    }();
    return patterns[static_cast<std::size_t>(&t - kTemplates.data())];
}

} // namespace

QString auditEntityText(const QString &entity)
{
    const qsizetype colon = entity.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? entity : entity.left(colon);
    QString id = colon < 0 ? QString() : entity.mid(colon + 1);
    if (kind == QLatin1String("consultation") && id.contains(QLatin1String("/request:"))) {
        // A proposal read before it was saved: "consultation:3/request:0".
        const QStringList parts = id.split(QLatin1String("/request:"));
        return QCoreApplication::translate("AuditSummary", "consultation %1, area request %2")
            .arg(parts.value(0), parts.value(1));
    }
    if (kind == QLatin1String("user") && id == QLatin1String("?"))
        return QCoreApplication::translate("AuditSummary", "unknown account");
    if (kind == QLatin1String("closure"))
        id = dateText(id);
    if (kind == QLatin1String("import")) // an import is named by when it ran
        id = dateTimeText(id);
    for (const EntityKind &e : kEntities) {
        if (kind == QLatin1String(e.kind)) {
            const QString text = translated(e.text);
            return text.contains(QLatin1String("%1")) ? text.arg(id) : text;
        }
    }
    return entity;
}

QString auditSummaryText(const QString &action, const QString &summary, const AuditNames &names)
{
    if (summary.isEmpty())
        return summary;
    for (const Template &t : kTemplates) {
        if (!appliesTo(t, action))
            continue;
        const QRegularExpressionMatch m = patternOf(t).match(summary);
        if (!m.hasMatch())
            continue;
        QStringList values;
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            values << valueText(t.values[static_cast<std::size_t>(i - 1)], m.captured(i), names);
        return filled(translated(t.text), values);
    }
    return summary;
}

QStringList auditSummaryTemplates(const QString &action)
{
    QStringList out;
    for (const Template &t : kTemplates)
        if (appliesTo(t, action))
            out << QString::fromLatin1(t.text);
    return out;
}

QStringList auditSummaryWords()
{
    QStringList out;
    for (const char *w : kWords)
        out << QString::fromLatin1(w);
    return out;
}

} // namespace meso::ui
