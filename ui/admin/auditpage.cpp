#include "auditpage.h"

#include "aside.h"
#include "csvfile.h"
#include "tones.h"

#include "auditactions.h"
#include "auditsummaries.h"
#include "plaintext.h"
#include "tableviews.h"

#include "clinic/services.h"
#include "records/auditrecords.h"
#include "records/userrecord.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>
#include <map>

namespace meso::ui {

AuditPage::AuditPage(clinic::Services &services, clinic::ActingUser admin, QWidget *parent)
    : QWidget(parent), m_services(services), m_admin(std::move(admin)), m_user(new QComboBox(this)),
      m_patient(new QSpinBox(this)), m_useFrom(new QCheckBox(tr("&From"), this)),
      m_useTo(new QCheckBox(tr("&To"), this)),
      m_from(new QDateEdit(QDate::currentDate().addDays(-30), this)),
      m_to(new QDateEdit(QDate::currentDate(), this)),
      m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)),
      m_verify(new QPushButton(tr("&Verify chain"), this)), m_model(new QStandardItemModel(this)),
      m_view(makeOneLineTable(m_model, this)), m_count(plainLabel(QString(), this)),
      m_message(plainLabel(QString(), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    auto *patientLabel = new QLabel(tr("&Patient id:"), this);
    patientLabel->setBuddy(m_patient);
    m_patient->setRange(0, std::numeric_limits<int>::max());
    m_patient->setSpecialValueText(tr("any"));
    m_patient->setMinimumWidth(90);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    m_user->setMinimumContentsLength(18);
    for (QWidget *w : std::initializer_list<QWidget *>{userLabel, m_user, patientLabel, m_patient,
                                                       m_useFrom, m_from, m_useTo, m_to, m_refresh})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(m_export);
    filters->addWidget(m_verify);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_message);

    reloadUsers();
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditPage::refresh);
    connect(m_patient, &QSpinBox::editingFinished, this, &AuditPage::refresh);
    for (auto [box, edit] : {std::pair{m_useFrom, m_from}, std::pair{m_useTo, m_to}}) {
        connect(box, &QCheckBox::toggled, edit, &QDateEdit::setEnabled);
        connect(box, &QCheckBox::toggled, this, &AuditPage::refresh);
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::refresh);
    }
    connect(m_refresh, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const CsvFile file =
            askCsvFile(this, tr("Export the audit trail"),
                       tr("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
        if (!file.path.isEmpty())
            exportCsv(file.path, file.format);
    });
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verify);
    refresh();
}

QString AuditPage::message() const
{
    return m_message->text();
}

void AuditPage::reloadUsers()
{
    const QSignalBlocker blocker(m_user);
    const qint64 keep = m_user->currentData().toLongLong();
    m_user->clear();
    m_user->addItem(tr("Any user"), qint64(0));
    try {
        for (const records::UserRecord &u : m_services.users.users(m_admin))
            m_user->addItem(tr("%1 (%2)").arg(u.displayName, u.username), u.id);
    } catch (const std::exception &e) {
        m_message->setText(QString::fromUtf8(e.what()));
    }
    m_user->setCurrentIndex(std::max(0, m_user->findData(keep)));
}

records::AuditFilter AuditPage::filter() const
{
    records::AuditFilter f;
    f.userId = m_user->currentData().toLongLong();
    f.patientId = m_patient->value();
    if (m_useFrom->isChecked())
        f.from = QDateTime(m_from->date(), QTime(0, 0)); // local midnight
    if (m_useTo->isChecked())
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)); // the whole day included
    return f;
}

void AuditPage::refresh()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Action"), tr("Patient"), tr("Entity"), tr("Summary")});
    records::AuditFilter f = filter();
    f.limit = kShownAtMost;
    std::vector<records::AuditEntry> rows;
    try {
        rows = m_services.audit.list(m_admin, f);
    } catch (const std::exception &e) {
        m_count->clear();
        m_message->setText(QString::fromUtf8(e.what()));
        return;
    }
    // Names of the patients named, read once each (identity only).
    std::map<qint64, QString> patients;
    const auto patientText = [&](qint64 id) -> QString {
        if (id == 0)
            return {};
        auto found = patients.find(id);
        if (found == patients.end()) {
            QString text = QString::number(id);
            try {
                if (const auto p = m_services.patients.find(m_admin, id))
                    text = tr("%1 · %2 %3")
                               .arg(QString::number(id), p->familyName.toUpper(), p->givenNames);
            } catch (const std::exception &) { // the id says enough
            }
            found = patients.emplace(id, text).first;
        }
        return found->second;
    };
    // Codes inside the summaries named from the catalog, in the interface's language.
    AuditNames names;
    names.language = QLocale().name().left(2).toStdString();
    try {
        names.catalog = m_services.catalog.current(m_admin);
    } catch (const std::exception &) { // the ids say enough
    }
    // Newest first: what an administrator looks for. The time as the locale writes a date, with
    // the seconds (rows of one action share them); the instant itself under kAtRole.
    const QLocale locale;
    for (auto e = rows.rbegin(); e != rows.rend(); ++e) {
        const QDateTime at = e->at.toLocalTime();
        QList<QStandardItem *> row;
        for (const QString &text :
             {locale.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                  at.time().toString(QStringLiteral("HH:mm:ss")),
              e->username, auditActionLabel(e->action), patientText(e->patientId),
              auditEntityText(e->entity), auditSummaryText(e->action, e->summary, names)}) {
            auto *item = new QStandardItem(text);
            item->setData(e->seq);
            item->setToolTip(plainToolTip(text));
            row << item;
        }
        row.front()->setData(at, kAtRole);
        // The action as stored (and exported): in the tooltip, for support and the CSV.
        row[Action]->setData(e->action, kCodeRole);
        row[Action]->setToolTip(
            plainToolTip(tr("%1 (%2)").arg(auditActionLabel(e->action), e->action)));
        // The object and summary as stored, when the page words them differently.
        for (const auto &[column, stored] :
             {std::pair{Entity, e->entity}, std::pair{Summary, e->summary}}) {
            if (row[column]->text() != stored)
                row[column]->setToolTip(
                    plainToolTip(tr("%1 (%2)").arg(row[column]->text(), stored)));
        }
        m_model->appendRow(row);
    }
    for (int c = 0; c < Summary; ++c)
        m_view->resizeColumnToContents(c);
    m_count->setText(
        static_cast<int>(rows.size()) >= kShownAtMost
            ? tr("The newest %1 matching rows; Export CSV… saves them all.").arg(kShownAtMost)
            : tr("%n row(s)", nullptr, static_cast<int>(rows.size())));
}

bool AuditPage::exportCsv(const QString &path, const clinic::CsvFormat &format)
{
    QSaveFile file(path);
    try {
        if (!file.open(QIODevice::WriteOnly))
            throw std::runtime_error(tr("Cannot write %1: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString())
                                         .toStdString());
        runAside<bool>(this, tr("Exporting the audit trail…"), m_services,
                       [admin = m_admin, f = filter(), &file, format](clinic::Services &s) {
                           s.audit.exportCsv(admin, f, file, format);
                           return true;
                       });
        if (!file.commit())
            throw std::runtime_error(tr("Cannot write %1: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString())
                                         .toStdString());
    } catch (const std::exception &e) {
        file.cancelWriting();
        m_message->setText(QString::fromUtf8(e.what()));
        return false;
    }
    m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    refresh(); // the export is itself a row
    return true;
}

bool AuditPage::verify()
{
    records::AuditVerification v;
    try {
        // Every row's hash recomputed: on its own thread, the window keeps repainting.
        v = runAside<records::AuditVerification>(
            this, tr("Checking the audit trail…"), m_services,
            [admin = m_admin](clinic::Services &s) { return s.audit.verify(admin); });
    } catch (const std::exception &e) {
        m_message->setText(QString::fromUtf8(e.what()));
        return false;
    }
    if (v.problems.isEmpty()) {
        clearTone(m_message);
        m_message->setText(
            tr("The audit trail is intact: %n row(s), each chained to the one before.", nullptr,
               static_cast<int>(v.rows)));
        return true;
    }
    setTone(m_message, Tone::Danger);
    m_message->setText(tr("The audit trail was changed outside MesoPlan (%n problem(s)):", nullptr,
                          static_cast<int>(v.problems.size())) +
                       QLatin1Char('\n') + v.problems.mid(0, 20).join(QLatin1Char('\n')) +
                       (v.problems.size() > 20 ? QStringLiteral("\n…") : QString()));
    return false;
}

} // namespace meso::ui
