#include "historyview.h"

#include "catalogtext.h"
#include "intakemodel.h"
#include "plandocument.h"

#include "core/intake.h"

#include "clinic/services.h"
#include "records/consultationrecord.h"
#include "records/planrecord.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace meso::ui {

namespace {

constexpr int kConsultationRole = Qt::UserRole;
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
                 c.signedOff() ? tr("signed") : tr("draft"), requests.join(QStringLiteral("; "))});
        consultation.first()->setData(c.id, kConsultationRole);
        for (const records::PlanRecord &p : entry.plans) {
            QString details = tr("%1, %n session(s) every %2 days", nullptr, p.sessions)
                                  .arg(nameOf(catalog->protocols, p.protocol.toStdString(), lang))
                                  .arg(p.intervalDays);
            if (!p.overrides.empty())
                details += tr("; %n override(s)", nullptr, static_cast<int>(p.overrides.size()));
            if (!p.consentMethod.isEmpty())
                details +=
                    tr("; consent %1").arg(locale.toString(p.consentDate, QLocale::ShortFormat));
            QList<QStandardItem *> plan =
                row({locale.toString(
                         (p.approvedAt.isValid() ? p.approvedAt : p.createdAt).toLocalTime().date(),
                         QLocale::ShortFormat),
                     tr("Plan: %1, version %2")
                         .arg(IntakeModel::requestLabel(
                             {p.indication.toStdString(), p.area.toStdString()}, *catalog, lang))
                         .arg(p.version),
                     PlanDocument::planStatusName(p.status), details});
            if (p.status == QLatin1String("superseded")) {
                for (QStandardItem *item : plan)
                    item->setForeground(superseded);
            }
            consultation.first()->appendRow(plan);
        }
        m_model->appendRow(consultation);
    }
    m_tree->expandAll();
    for (int col = 0; col < kColumns - 1; ++col)
        m_tree->resizeColumnToContents(col);
}

QStringList HistoryView::rowsText() const
{
    QStringList rows;
    auto text = [this](int r, const QModelIndex &parent) {
        QStringList cols;
        for (int col = 0; col < kColumns; ++col)
            cols << m_model->index(r, col, parent).data().toString();
        return cols.join(QStringLiteral(" | "));
    };
    for (int i = 0; i < m_model->rowCount(); ++i) {
        rows << text(i, {});
        const QModelIndex consultation = m_model->index(i, 0);
        for (int j = 0; j < m_model->rowCount(consultation); ++j)
            rows << QStringLiteral("  ") + text(j, consultation);
    }
    return rows;
}

} // namespace meso::ui
