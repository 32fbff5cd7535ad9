#include "historyview.h"

#include "catalogtext.h"
#include "intakemodel.h"
#include "plandocument.h"
#include "refusal.h"
#include "tones.h"

#include "core/intake.h"

#include "clinic/adverseeventservice.h"
#include "clinic/language.h"
#include "clinic/permissions.h"
#include "clinic/services.h"
#include "records/consultationrecord.h"
#include "records/planrecord.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace meso::ui {

namespace {

constexpr int kConsultationRole = Qt::UserRole;
constexpr int kPlanRole = Qt::UserRole + 1;
constexpr int kSessionRole = Qt::UserRole + 2;
constexpr int kEventRole = Qt::UserRole + 3;
constexpr int kColumns = 4;

QList<QStandardItem *> row(const QStringList &texts)
{
    QList<QStandardItem *> items;
    for (const QString &text : texts) {
        auto *item = new QStandardItem(text);
        item->setEditable(false);
        items << item;
    }
    return items;
}

} // namespace

HistoryView::HistoryView(clinic::Services &services, clinic::ActingUser user, QWidget *parent)
    : QWidget(parent), m_services(services), m_user(std::move(user)), m_title(new QLabel(this)),
      m_model(new QStandardItemModel(this)), m_tree(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setTextFormat(Qt::PlainText);
    layout->addWidget(m_title);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    // The treatment side: only for those who may read session records (practitioners).
    if (clinic::Permissions::allows(m_user.role, clinic::Action::SessionRead)) {
        auto *actions = new QHBoxLayout;
        auto *amend = new QPushButton(tr("A&mend session…"), this),
             *print = new QPushButton(tr("Session recor&d (PDF)…"), this),
             *event = new QPushButton(tr("&Adverse event…"), this),
             *progress = new QPushButton(tr("P&rogress…"), this),
             *photos = new QPushButton(tr("P&hotos…"), this);
        for (QPushButton *b : {amend, print, event, progress, photos})
            actions->addWidget(b);
        actions->addStretch(1);
        layout->addLayout(actions);
        connect(event, &QPushButton::clicked, this, [this] {
            const QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
            if (const qint64 id = i.data(kEventRole).toLongLong())
                Q_EMIT adverseEventActivated(id, 0);
            else if (const qint64 session = i.data(kSessionRole).toLongLong())
                Q_EMIT adverseEventActivated(0, session);
            else
                m_title->setText(tr("Select a session or an adverse event first."));
        });
        connect(amend, &QPushButton::clicked, this, [this] {
            if (const qint64 session =
                    m_tree->currentIndex().siblingAtColumn(0).data(kSessionRole).toLongLong())
                Q_EMIT amendSessionActivated(session);
            else
                m_title->setText(tr("Select a session first."));
        });
        connect(print, &QPushButton::clicked, this, [this] {
            if (const qint64 session =
                    m_tree->currentIndex().siblingAtColumn(0).data(kSessionRole).toLongLong())
                Q_EMIT sessionRecordActivated(session);
            else
                m_title->setText(tr("Select a session first."));
        });
        connect(progress, &QPushButton::clicked, this, [this] {
            QModelIndex i = m_tree->currentIndex().siblingAtColumn(0);
            while (i.isValid() && !i.data(kPlanRole).toLongLong())
                i = i.parent();
            if (i.isValid())
                Q_EMIT progressActivated(i.data(kPlanRole).toLongLong());
            else
                m_title->setText(tr("Select a plan or one of its sessions first."));
        });
        connect(photos, &QPushButton::clicked, this, [this] {
            if (m_patientId)
                Q_EMIT photosActivated(m_patientId);
        });
    }
    connect(m_tree, &QTreeView::activated, this, [this](QModelIndex index) {
        while (index.parent().isValid())
            index = index.parent();
        const qint64 id = index.siblingAtColumn(0).data(kConsultationRole).toLongLong();
        for (const auto &c : m_consultations) {
            if (c.id == id)
                Q_EMIT consultationActivated(c);
        }
    });
    showPatient(0);
}

void HistoryView::showPatient(qint64 patientId, const QString &name)
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("What"), tr("Status"), tr("Details")});
    m_consultations.clear();
    m_patientId = patientId;
    if (patientId == 0) {
        m_title->setText(tr("History: select a patient"));
        return;
    }
    m_title->setText(tr("History of %1").arg(name));
    const QLocale locale;
    const auto catalog = m_services.assessments.catalog(m_user);
    const std::string lang = locale.name().left(2).toStdString();
    const QBrush superseded = palette().brush(QPalette::Disabled, QPalette::Text);
    const auto history = m_services.consultations.history(m_user, patientId); // one audited read
    std::vector<records::SessionRecord> sessions;
    std::vector<records::AdverseEventRecord> events;
    if (clinic::Permissions::allows(m_user.role, clinic::Action::SessionRead)) {
        sessions = m_services.sessions.forPatient(m_user, patientId);
        events = m_services.adverseEvents.forPatient(m_user, patientId);
    }
    for (const auto &entry : history) {
        const records::ConsultationRecord &c = entry.consultation;
        m_consultations.push_back(c);
        QStringList requests;
        try {
            const core::Intake intake = core::parseIntake(
                core::parseIntakeJson(c.intake.toStdString()), *catalog, core::IntakeCheck::Draft);
            for (const core::Request &r : intake.requests)
                requests << IntakeModel::requestLabel(r, *catalog, lang);
        } catch (const core::IntakeError &e) { // a catalog that no longer knows an id
            requests << tr("(unreadable: %1)").arg(QString::fromUtf8(e.what()));
        }
        QList<QStandardItem *> consultation =
            row({locale.toString(c.date, QLocale::ShortFormat),
                 c.amendsId ? tr("Consultation %1, amends %2").arg(c.id).arg(c.amendsId)
                            : tr("Consultation %1").arg(c.id),
                 c.signedOff() ? tr("signed") : tr("draft"), clinic::joinClauses(requests)});
        consultation.first()->setData(c.id, kConsultationRole);
        for (const records::PlanRecord &p : entry.plans) {
            QStringList details = {
                tr("%1, %n session(s) every %2 days", nullptr, p.sessions)
                    .arg(nameOf(catalog->protocols, p.protocol.toStdString(), lang))
                    .arg(p.intervalDays)};
            if (!p.overrides.empty())
                details << tr("%n override(s)", nullptr, static_cast<int>(p.overrides.size()));
            if (!p.consentMethod.isEmpty())
                details
                    << tr("consent %1").arg(locale.toString(p.consentDate, QLocale::ShortFormat));
            QList<QStandardItem *> plan =
                row({locale.toString(
                         (p.approvedAt.isValid() ? p.approvedAt : p.createdAt).toLocalTime().date(),
                         QLocale::ShortFormat),
                     tr("Plan: %1, version %2")
                         .arg(IntakeModel::requestLabel(
                             {p.indication.toStdString(), p.area.toStdString()}, *catalog, lang))
                         .arg(p.version),
                     PlanDocument::planStatusName(p.status), clinic::joinClauses(details)});
            if (p.status == QLatin1String("superseded")) {
                for (QStandardItem *item : plan)
                    item->setForeground(superseded);
            }
            plan.first()->setData(p.id, kPlanRole);
            for (const records::SessionRecord &s : sessions) {
                if (s.planId == p.id)
                    plan.first()->appendRow(sessionRow(s, events, *catalog, lang));
            }
            consultation.first()->appendRow(plan);
        }
        m_model->appendRow(consultation);
    }
    m_tree->expandAll();
    for (int col = 0; col < kColumns - 1; ++col)
        m_tree->resizeColumnToContents(col);
}

QList<QStandardItem *>
HistoryView::sessionRow(const records::SessionRecord &s,
                        const std::vector<records::AdverseEventRecord> &events,
                        const core::Catalog &catalog, const std::string &lang) const
{
    const QLocale locale;
    QStringList details;
    if (!s.performed) {
        details << s.notPerformedReason;
    } else {
        for (const records::SessionProductLine &l : s.lines)
            details << tr("%1 %2 mL at %3 (lot %4)")
                           .arg(l.productName, locale.toString(l.volumeMl, 'f', 2),
                                nameOf(catalog.areas, ss(l.area), lang), l.lotNumber);
        if (s.pain)
            details << tr("pain %1/10").arg(*s.pain);
        if (!s.deviations.empty())
            details << tr("%n deviation(s)", nullptr, static_cast<int>(s.deviations.size()));
    }
    QList<QStandardItem *> session =
        row({locale.toString(s.performedOn, QLocale::ShortFormat),
             s.performed ? tr("Session") : tr("Session not performed"),
             s.amendsId ? tr("amended record") : tr("signed"), clinic::joinClauses(details)});
    session.first()->setData(s.id, kSessionRole);
    // An event stays on the version it was recorded on: an amended session shows its earlier
    // versions' events too.
    QSet<qint64> versions{s.id};
    if (s.amendsId) {
        for (const records::SessionRecord &v : m_services.sessions.versions(m_user, s.id))
            versions.insert(v.id);
    }
    for (const records::AdverseEventRecord &e : events) {
        if (!versions.contains(e.sessionId))
            continue;
        QString risk = e.risk;
        for (const core::Risk &r : catalog.risks) {
            if (qs(r.id) == e.risk)
                risk = qs(r.text.in(lang));
        }
        QStringList what = {clinic::AdverseEventService::severityName(e.severity)};
        if (e.notificationPending)
            what << tr("notification pending");
        QList<QStandardItem *> event =
            row({locale.toString(e.onset, QLocale::ShortFormat), tr("Adverse event: %1").arg(risk),
                 clinic::AdverseEventService::outcomeName(e.outcome), clinic::joinClauses(what)});
        event.first()->setData(e.id, kEventRole);
        if (e.open()) { // still ongoing: seen at a glance
            for (QStandardItem *item : event) {
                item->setForeground(strong(palette(), Tone::Warning));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
        session.first()->appendRow(event);
    }
    return session;
}

QStringList HistoryView::rowsText() const
{
    QStringList rows;
    const std::function<void(const QModelIndex &, const QString &)> walk =
        [&](const QModelIndex &parent, const QString &indent) {
            for (int r = 0; r < m_model->rowCount(parent); ++r) {
                QStringList cols;
                for (int col = 0; col < kColumns; ++col)
                    cols << m_model->index(r, col, parent).data().toString();
                rows << indent + cols.join(QStringLiteral(" | "));
                walk(m_model->index(r, 0, parent), indent + QStringLiteral("  "));
            }
        };
    walk({}, {});
    return rows;
}

} // namespace meso::ui
