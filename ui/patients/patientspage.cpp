#include "patientspage.h"
#include "aside.h"
#include "pageroles.h"

#include "adverseeventdialog.h"
#include "photodialog.h"
#include "progressview.h"
#include "refusal.h"
#include "sessiondialog.h"
#include "sessiondocument.h"
#include "windowsize.h"

#include "tableviews.h"

#include "consultationdialog.h"
#include "historyview.h"
#include "importpatientsdialog.h"
#include "patientdialog.h"
#include "patienttablemodel.h"
#include "plaintext.h"

#include "clinic/permissions.h"
#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"

#include <algorithm>

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace meso::ui {

namespace {
// Counting every match of a one-letter search would not be instant: count up to this.
constexpr qint64 kCountAtMost = 1000;
} // namespace

PatientsPage::PatientsPage(clinic::Services &services, clinic::ActingUser user, QWidget *parent)
    : QWidget(parent), m_services(services), m_user(std::move(user)), m_search(new QLineEdit(this)),
      m_showArchived(new QCheckBox(tr("Show archived"), this)),
      m_newButton(new QPushButton(tr("&New patient…"), this)),
      m_editButton(new QPushButton(tr("&Edit…"), this)),
      m_archiveButton(new QPushButton(tr("&Archive"), this)),
      m_consultationButton(new QPushButton(tr("&Consultation"), this)),
      m_exportButton(new QPushButton(tr("E&xport patient data…"), this)),
      m_anonymiseButton(new QPushButton(tr("Anonymi&se…"), this)),
      m_importButton(new QPushButton(tr("&Import…"), this)), m_count(new QLabel(this)),
      m_message(plainLabel(QString(), this)), m_model(new PatientTableModel(this)),
      m_historyTimer(new QTimer(this)), m_countTimer(new QTimer(this))
{
    using clinic::Action;
    const auto may = [this](Action a) { return clinic::Permissions::allows(m_user.role, a); };
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_search->setPlaceholderText(tr("Search by name, birth date or phone"));
    m_search->setClearButtonEnabled(true);
    markRole(m_search, PageRole::Find);
    markRole(m_newButton, PageRole::New);
    top->addWidget(m_search, 1);
    top->addWidget(m_showArchived);
    // Only what the role may do is offered; the services check it again.
    const std::pair<QPushButton *, bool> buttons[] = {
        {m_newButton, may(Action::PatientWrite)},
        {m_editButton, may(Action::PatientWrite)},
        {m_archiveButton, may(Action::PatientWrite)},
        {m_consultationButton, may(Action::ConsultationRead)},
        {m_exportButton, may(Action::PatientExport)},
        {m_anonymiseButton, may(Action::PatientAnonymise)},
        {m_importButton, may(Action::PatientImport)}};
    for (const auto &[button, shown] : buttons) {
        top->addWidget(button);
        button->setVisible(shown);
    }
    if (may(Action::ConsultationRead)) {
        auto *consultationMenu = new QMenu(m_consultationButton);
        m_consultationButton->setMenu(consultationMenu);
        connect(consultationMenu, &QMenu::aboutToShow, this, &PatientsPage::fillConsultationMenu);
    }
    layout->addLayout(top);
    // One line per patient and no fitting of rows or columns to their contents: those read
    // every row, and the list holds only the pages fetched so far (the model is lazy).
    m_view = makeOneLineTable(m_model, this, PatientTableModel::Name);
    const QFontMetrics metrics(m_view->font());
    QHeaderView *header = m_view->horizontalHeader();
    // As wide as the longer of a date in this language's short format and the column's title.
    header->resizeSection(
        PatientTableModel::BirthDate,
        std::max(metrics.horizontalAdvance(
                     QLocale().toString(QDate(2000, 12, 28), QLocale::ShortFormat)),
                 QFontMetrics(header->font())
                     .horizontalAdvance(m_model
                                            ->headerData(PatientTableModel::BirthDate,
                                                         Qt::Horizontal, Qt::DisplayRole)
                                            .toString())) +
            2 * metrics.horizontalAdvance(QLatin1Char('0')));
    header->resizeSection(PatientTableModel::Phone,
                          metrics.horizontalAdvance(QStringLiteral("+000 0000 000 0000")));
    header->resizeSection(PatientTableModel::Email, metrics.horizontalAdvance(QStringLiteral(
                                                        "firstname.lastname@example.org")));
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    // A clinic's first day: no list to search yet, but what to do first.
    m_empty = new QWidget(list);
    m_empty->setObjectName(QStringLiteral("emptyPatients"));
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    const bool adds = may(Action::PatientWrite), imports = may(Action::PatientImport);
    auto *emptyText = new QLabel(
        adds && imports ? tr("No patients yet. Add the first one, or bring your patients over "
                             "from your previous software (a CSV file).")
        : imports       ? tr("No patients yet. Bring your patients over from your previous "
                                   "software (a CSV file); practitioners and the front desk add new "
                                   "ones.")
        : adds          ? tr("No patients yet. Add the first one.")
                        : tr("No patients yet."),
        m_empty);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    emptyLayout->addWidget(emptyText);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    if (may(Action::PatientWrite)) {
        auto *add = new QPushButton(tr("Add a patient…"), m_empty);
        emptyButtons->addWidget(add);
        connect(add, &QPushButton::clicked, this, &PatientsPage::newPatient);
    }
    if (may(Action::PatientImport)) {
        auto *import = new QPushButton(tr("Import patients…"), m_empty);
        emptyButtons->addWidget(import);
        connect(import, &QPushButton::clicked, this, &PatientsPage::importPatients);
    }
    emptyButtons->addStretch(1);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    m_listOrEmpty = new QStackedLayout;
    m_listOrEmpty->addWidget(m_view);
    m_listOrEmpty->addWidget(m_empty);
    listLayout->addLayout(m_listOrEmpty, 1);
    m_count->setTextFormat(Qt::PlainText);
    listLayout->addWidget(m_count);
    listLayout->addWidget(m_message);
    m_message->hide();
    // The history reads consultations and plans (audited): only for those who may.
    if (may(Action::ConsultationRead) && may(Action::PlanRead)) {
        m_history = new HistoryView(services, m_user, this);
        auto *split = new QSplitter(Qt::Vertical, this);
        split->addWidget(list);
        split->addWidget(m_history);
        split->setStretchFactor(0, 3);
        split->setStretchFactor(1, 2);
        rememberSplitter(split, QStringLiteral("patients"));
        layout->addWidget(split, 1);
        connect(m_history, &HistoryView::adverseEventActivated, this,
                &PatientsPage::openAdverseEvent);
        connect(m_history, &HistoryView::progressActivated, this, [this](qint64 plan) {
            QDialog dialog(this);
            dialog.setWindowTitle(tr("Progress of the course"));
            dialog.resize(760, 520);
            auto *layout = new QVBoxLayout(&dialog);
            auto *view = new ProgressView(m_services, m_user, &dialog);
            view->showPlan(plan);
            layout->addWidget(view);
            auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
            connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
            layout->addWidget(buttons);
            dialog.exec();
        });
        connect(m_history, &HistoryView::amendSessionActivated, this, &PatientsPage::amendSession);
        connect(m_history, &HistoryView::sessionRecordActivated, this, [this](qint64 session) {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Save the session record"),
                QDir::home().filePath(tr("session-%1.pdf").arg(session)),
                tr("PDF documents (*.pdf)"));
            if (!path.isEmpty())
                exportSessionRecord(session, path);
        });
        connect(m_history, &HistoryView::photosActivated, this, [this](qint64 patient) {
            PhotoDialog dialog(m_services, m_user, patient, this);
            dialog.exec();
        });
        connect(m_history, &HistoryView::consultationActivated, this,
                [this](const records::ConsultationRecord &c) {
                    if (const auto patient = selectedPatient())
                        openConsultation(*patient, c);
                });
    } else {
        layout->addWidget(list, 1);
    }
    // The history follows the selection once the selection settles (arrow keys held down).
    m_historyTimer->setSingleShot(true);
    m_historyTimer->setInterval(0);
    connect(m_historyTimer, &QTimer::timeout, this, &PatientsPage::showHistory);

    // Counting the matches of "m" among 100,000 patients (and the clinic's total) on every
    // keystroke would slow typing: they are counted once typing pauses.
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(CountPauseMs);
    connect(m_countTimer, &QTimer::timeout, this, &PatientsPage::countFound);
    connect(m_search, &QLineEdit::textChanged, this, &PatientsPage::search);
    connect(m_showArchived, &QCheckBox::toggled, this, &PatientsPage::refresh);
    connect(m_newButton, &QPushButton::clicked, this, &PatientsPage::newPatient);
    connect(m_editButton, &QPushButton::clicked, this, &PatientsPage::editSelected);
    connect(m_archiveButton, &QPushButton::clicked, this, &PatientsPage::archiveSelected);
    connect(m_view, &QTableView::doubleClicked, this, &PatientsPage::editSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PatientsPage::updateButtons);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const auto selected = selectedPatient();
        if (!selected)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export patient data"),
                                                          tr("patient-%1.json").arg(selected->id),
                                                          tr("JSON files (*.json)"));
        if (!path.isEmpty())
            exportSelected(path);
    });
    connect(m_anonymiseButton, &QPushButton::clicked, this, &PatientsPage::askAnonymise);
    connect(m_importButton, &QPushButton::clicked, this, &PatientsPage::importPatients);
    // The first page now; the clinic's total (a count over every patient: 14 ms from a cold file
    // on 100,000 patients) once the list has painted, so that signing in does not wait for it.
    m_view->viewport()->installEventFilter(this);
    search();
}

bool PatientsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && watched == m_view->viewport() && m_totalPending) {
        m_view->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            if (!m_totalPending)
                return;
            m_countTimer->stop();
            countFound();
        });
    }
    return QWidget::eventFilter(watched, event);
}

QString PatientsPage::message() const
{
    return m_message->text();
}

std::optional<records::PatientRecord> PatientsPage::selectedPatient() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->patient(rows.first().row());
}

void PatientsPage::updateButtons()
{
    const auto selected = selectedPatient();
    m_editButton->setEnabled(selected.has_value());
    m_archiveButton->setEnabled(selected.has_value());
    m_consultationButton->setEnabled(selected.has_value());
    m_exportButton->setEnabled(selected.has_value());
    m_anonymiseButton->setEnabled(selected.has_value());
    m_archiveButton->setText(selected && selected->archived ? tr("&Restore") : tr("&Archive"));
    m_historyTimer->start();
}

void PatientsPage::amendSession(qint64 sessionId)
{
    std::unique_ptr<SessionDialog> dialog;
    try {
        const auto original = m_services.sessions.find(m_user, sessionId);
        if (!original)
            return;
        dialog = std::make_unique<SessionDialog>(m_services, m_user, *original, this);
    } catch (const std::exception &e) {
        m_message->setText(tr("Refused: %1").arg(refusal(e)));
        m_message->show();
        return;
    }
    if (dialog->exec() == QDialog::Accepted)
        showHistory();
}

bool PatientsPage::exportSessionRecord(qint64 sessionId, const QString &path)
{
    try {
        SessionDocument::writePdf(m_services, m_user, sessionId, path);
    } catch (const std::exception &e) {
        m_message->setText(tr("Refused: %1").arg(refusal(e)));
        m_message->show();
        return false;
    }
    m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    m_message->show();
    return true;
}

void PatientsPage::openAdverseEvent(qint64 eventId, qint64 sessionId)
{
    records::AdverseEventRecord e;
    try {
        if (eventId)
            e = m_services.adverseEvents.find(m_user, eventId);
        e.sessionId = eventId ? e.sessionId : sessionId;
    } catch (const std::exception &ex) {
        m_message->setText(tr("Refused: %1").arg(refusal(ex)));
        m_message->show();
        return;
    }
    AdverseEventDialog dialog(m_services, m_user, e, this);
    if (dialog.exec() == QDialog::Accepted)
        showHistory();
}

void PatientsPage::showHistory()
{
    if (!m_history)
        return;
    const auto selected = selectedPatient();
    m_history->showPatient(
        selected ? selected->id : 0,
        selected ? tr("%1 %2").arg(selected->givenNames, selected->familyName.toUpper())
                 : QString());
}

void PatientsPage::refresh()
{
    m_totalPending = false;
    search();
    if (m_countTimer->isActive()) {
        m_countTimer->stop();
        countFound();
    }
}

void PatientsPage::search()
{
    const QString text = m_search->text();
    const bool archived = m_showArchived->isChecked();
    m_model->reset(
        [this, text, archived](const std::optional<records::PatientCursor> &after, int count) {
            return m_services.patients.search(m_user, text, count, after, archived);
        },
        m_services.patients.phoneNumbers());
    m_countTimer->stop();
    if (m_totalPending) {
        // Not counted yet (the page is new): after the first paint, or at the pause if sooner.
        m_count->clear();
        m_countTimer->start();
    } else if (text.trimmed().isEmpty() && !archived) {
        m_total = m_services.patients.count(m_user);
        m_count->setText(tr("%n patient(s)", nullptr, static_cast<int>(m_total)));
    } else {
        // The total as last counted until the pause; the page's rows when they are all found.
        m_count->setText(
            (m_model->canFetchMore({}) ? tr("%1 or more found of %2") : tr("%1 found of %2"))
                .arg(m_model->rowCount())
                .arg(m_total));
        m_countTimer->start();
    }
    const bool none = m_model->rowCount() == 0 && text.trimmed().isEmpty() && !archived;
    m_listOrEmpty->setCurrentWidget(none ? m_empty : static_cast<QWidget *>(m_view));
    updateButtons();
}

void PatientsPage::countFound()
{
    m_totalPending = false;
    m_total = m_services.patients.count(m_user);
    if (m_search->text().trimmed().isEmpty() && !m_showArchived->isChecked()) {
        m_count->setText(tr("%n patient(s)", nullptr, static_cast<int>(m_total)));
        return;
    }
    const qint64 found =
        m_model->canFetchMore({})
            ? m_services.patients.countMatching(m_user, m_search->text(),
                                                m_showArchived->isChecked(), kCountAtMost)
            : m_model->rowCount();
    m_count->setText(found < kCountAtMost
                         ? tr("%1 found of %2").arg(found).arg(m_total)
                         : tr("%1 or more found of %2").arg(kCountAtMost).arg(m_total));
}

void PatientsPage::showPatient(qint64 id)
{
    for (int row = 0;; ++row) {
        if (row == m_model->rowCount()) {
            if (!m_model->canFetchMore({}))
                return;
            m_model->fetchMore({});
            if (row == m_model->rowCount())
                return;
        }
        if (m_model->patient(row).id == id) {
            m_view->selectRow(row);
            m_view->scrollTo(m_model->index(row, 0));
            return;
        }
    }
}

void PatientsPage::newPatient()
{
    PatientDialog dialog(m_services.patients, m_user, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    {
        const QSignalBlocker blocker(m_search); // one refresh, below
        m_search->clear();
    }
    refresh();
    showPatient(dialog.patientId());
}

void PatientsPage::importPatients()
{
    ImportPatientsDialog dialog(m_services.patientImport, m_user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    {
        const QSignalBlocker blocker(m_search); // one refresh, below
        m_search->clear();
    }
    refresh();
    m_message->setText(
        tr("%n patient(s) imported.", nullptr, static_cast<int>(dialog.imported().size())));
    m_message->show();
}

void PatientsPage::editSelected()
{
    const auto selected = selectedPatient();
    if (!selected || !clinic::Permissions::allows(m_user.role, clinic::Action::PatientWrite))
        return;
    // Edit what is stored now, not the row read when the list was shown.
    const auto current = m_services.patients.find(m_user, selected->id);
    if (!current)
        return;
    PatientDialog dialog(m_services.patients, m_user, current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    showPatient(dialog.patientId());
}

void PatientsPage::fillConsultationMenu()
{
    QMenu *menu = m_consultationButton->menu();
    menu->clear();
    const auto selected = selectedPatient();
    if (!selected)
        return;
    const records::PatientRecord &patient = *selected; // copied by the lambdas
    menu->addAction(tr("New consultation…"), this,
                    [this, patient] { openConsultation(patient, std::nullopt); });
    const auto past = m_services.consultations.forPatient(m_user, patient.id);
    if (!past.empty())
        menu->addSeparator();
    for (const auto &c : past) {
        const QString state = c.signedOff() ? tr("signed") : tr("draft");
        const QString text =
            c.amendsId ? tr("%1 (%2, amends %3)")
                             .arg(QLocale().toString(c.date, QLocale::ShortFormat), state)
                             .arg(c.amendsId)
                       : tr("%1 (%2)").arg(QLocale().toString(c.date, QLocale::ShortFormat), state);
        menu->addAction(text, this, [this, patient, c] { openConsultation(patient, c); });
    }
}

void PatientsPage::openConsultation(const records::PatientRecord &patient,
                                    std::optional<records::ConsultationRecord> consultation)
{
    // Modeless: the practitioner can look something up in the list while it is open.
    auto *dialog =
        new ConsultationDialog(m_services, m_user, patient, std::move(consultation), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConsultationDialog::changed, this, &PatientsPage::showHistory);
    dialog->show();
}

void PatientsPage::archiveSelected()
{
    const auto selected = selectedPatient();
    if (!selected)
        return;
    // Plain text: the name is shown as typed, whatever it looks like.
    if (!selected->archived &&
        plainMessage(this, QMessageBox::Question, tr("Archive patient"),
                     tr("Archive %1 %2? The record and its history are kept; archived patients "
                        "are listed only with \"Show archived\".")
                         .arg(selected->givenNames, selected->familyName),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    try {
        m_services.patients.setArchived(m_user, selected->id, selected->rowVersion,
                                        !selected->archived);
    } catch (const clinic::ValidationError &e) {
        plainMessage(this, QMessageBox::Warning, tr("Archive patient"), e.message());
    } catch (const clinic::PermissionError &e) {
        plainMessage(this, QMessageBox::Warning, tr("Archive patient"),
                     QString::fromUtf8(e.what()));
    }
    refresh();
}

bool PatientsPage::exportSelected(const QString &path)
{
    const auto selected = selectedPatient();
    if (!selected)
        return false;
    m_message->show();
    QSaveFile file(path);
    try {
        const std::string json =
            runAside<std::string>(this, tr("Exporting the patient's data…"), m_services,
                                  [user = m_user, id = selected->id](clinic::Services &s) {
                                      return s.privacy.exportPatient(user, id).dump(2);
                                  });
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(json.data(), static_cast<qint64>(json.size())) < 0 || !file.commit())
            throw std::runtime_error(tr("Cannot write %1: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString())
                                         .toStdString());
    } catch (const std::exception &e) {
        file.cancelWriting();
        m_message->setText(tr("Not exported: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    m_message->setText(
        tr("Everything held about %1 %2 saved to %3.")
            .arg(selected->givenNames, selected->familyName, QDir::toNativeSeparators(path)));
    return true;
}

bool PatientsPage::anonymiseSelected(const QString &reason)
{
    const auto selected = selectedPatient();
    if (!selected)
        return false;
    m_message->show();
    try {
        m_services.privacy.anonymise(m_user, selected->id, reason);
    } catch (const clinic::ValidationError &e) {
        m_message->setText(tr("Not anonymised: %1").arg(e.message()));
        return false;
    } catch (const std::exception &e) {
        m_message->setText(tr("Not anonymised: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    const qint64 id = selected->id;
    m_showArchived->setChecked(true); // anonymised patients are archived: keep showing the row
    refresh();
    showPatient(id);
    m_message->setText(tr("Patient %1 anonymised.").arg(id));
    return true;
}

void PatientsPage::askAnonymise()
{
    const auto selected = selectedPatient();
    if (!selected)
        return;
    QString retention;
    try {
        retention =
            tr("The clinic's retention period for this record ends on %1.")
                .arg(QLocale().toString(m_services.privacy.retentionEnds(m_user, selected->id),
                                        QLocale::LongFormat));
    } catch (const std::exception &e) {
        retention = QString::fromUtf8(e.what());
    }
    QInputDialog input(this);
    input.setWindowTitle(tr("Anonymise patient"));
    input.setLabelText(
        tr("Anonymise %1 %2? Names, contact details, notes and the exact birth date are replaced "
           "everywhere they are held; this cannot be undone. %3\n\nReason (e.g. the patient's "
           "request of a given date):")
            .arg(selected->givenNames, selected->familyName, retention));
    // The label shows the name as typed (QInputDialog's label guesses rich text otherwise).
    if (auto *label = input.findChild<QLabel *>()) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    input.setOkButtonText(tr("Anonymise"));
    if (input.exec() == QDialog::Accepted)
        anonymiseSelected(input.textValue());
}

} // namespace meso::ui
