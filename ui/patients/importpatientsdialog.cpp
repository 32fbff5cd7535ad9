#include "importpatientsdialog.h"

#include "plaintext.h"
#include "refusal.h"
#include "windowsize.h"

#include "clinic/csvreader.h"
#include "clinic/validationerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace meso::ui {

namespace {

constexpr int kPreviewLines = 20;

QString fieldName(const QString &field)
{
    static const std::pair<const char *, const char *> names[] = {
        {"family_name", QT_TRANSLATE_NOOP("meso::ui::ImportPatientsDialog", "Family name")},
        {"given_names", QT_TRANSLATE_NOOP("meso::ui::ImportPatientsDialog", "Given names")},
        {"birth_date", QT_TRANSLATE_NOOP("meso::ui::ImportPatientsDialog", "Birth date")},
        {"sex", QT_TRANSLATE_NOOP("meso::ui::ImportPatientsDialog", "Sex")},
        {"phone", QT_TRANSLATE_NOOP("meso::ui::ImportPatientsDialog", "Phone")},
        {"email", QT_TRANSLATE_NOOP("meso::ui::ImportPatientsDialog", "Email")},
        {"address", QT_TRANSLATE_NOOP("meso::ui::ImportPatientsDialog", "Address")},
        {"postcode", QT_TRANSLATE_NOOP("meso::ui::ImportPatientsDialog", "Postcode")},
        {"city", QT_TRANSLATE_NOOP("meso::ui::ImportPatientsDialog", "Town")},
        {"notes", QT_TRANSLATE_NOOP("meso::ui::ImportPatientsDialog", "Notes")}};
    for (const auto &[id, name] : names)
        if (field == QLatin1String(id))
            return QCoreApplication::translate("meso::ui::ImportPatientsDialog", name);
    return QCoreApplication::translate("meso::ui::ImportPatientsDialog", "(not imported)");
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *item(const QString &text)
{
    auto *i = new QTableWidgetItem(text);
    i->setToolTip(text);
    return i;
}

} // namespace

ImportPatientsDialog::ImportPatientsDialog(clinic::PatientImportService &import,
                                           clinic::ActingUser user, QWidget *parent)
    : QDialog(parent), m_import(import), m_user(std::move(user)), m_path(new QLineEdit(this)),
      m_summary(plainLabel(tr("Choose the CSV file your previous software exported."), this)),
      m_columns(makeTable({tr("Column in the file"), tr("Fills")}, this)),
      m_preview(makeTable({}, this)),
      m_problems(makeTable({tr("Line"), tr("Field"), tr("Problem")}, this)),
      m_duplicates(makeTable({tr("Line"), tr("Patient"), tr("Birth date"), tr("Already")}, this)),
      m_tabs(new QTabWidget(this)),
      m_skipBad(
          new QCheckBox(tr("Import the valid lines and leave out the lines with problems"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import patients"));
    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    m_path->setReadOnly(true);
    fileRow->addWidget(m_path, 1);
    auto *choose = new QPushButton(tr("&Choose…"), this);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tabs->addTab(m_columns, tr("Columns"));
    m_tabs->addTab(m_preview, tr("First lines"));
    m_tabs->addTab(m_problems, tr("Problems"));
    m_tabs->addTab(m_duplicates, tr("Duplicates"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_skipBad);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(choose, &QPushButton::clicked, this, &ImportPatientsDialog::chooseFile);
    connect(m_skipBad, &QCheckBox::toggled, this, &ImportPatientsDialog::showReport);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportPatientsDialog::runImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fitToScreen(this, QSize(820, 560));
}

void ImportPatientsDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import patients"), QDir::homePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportPatientsDialog::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    m_path->setText(QDir::toNativeSeparators(path));
    m_bytes = file.readAll();
    const QString text = clinic::decodeText(m_bytes).text;
    const QChar separator = clinic::detectSeparator(text);
    const std::vector<clinic::CsvRecord> records = clinic::readCsv(text, separator);
    m_headers = records.empty() ? QStringList() : records.front().fields;
    // The first lines as they will be read, under the file's own headers.
    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(m_headers.size()));
    m_preview->setHorizontalHeaderLabels(m_headers);
    m_preview->setRowCount(0);
    for (size_t r = 1; r < records.size() && r <= kPreviewLines; ++r) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        m_preview->setVerticalHeaderItem(row, item(QString::number(records[r].line)));
        for (qsizetype c = 0; c < records[r].fields.size() && c < m_headers.size(); ++c)
            m_preview->setItem(row, static_cast<int>(c), item(records[r].fields[c]));
    }
    m_preview->verticalHeader()->setVisible(true);
    check(false);
}

clinic::PatientImportOptions ImportPatientsDialog::options() const
{
    clinic::PatientImportOptions o;
    for (int r = 0; r < m_columns->rowCount(); ++r) {
        const auto *choice = qobject_cast<QComboBox *>(m_columns->cellWidget(r, 1));
        if (choice)
            o.columns[m_headers.value(r)] = choice->currentData().toString();
    }
    o.skipBad = m_skipBad->isChecked();
    return o;
}

void ImportPatientsDialog::check(bool fromTable)
{
    clinic::PatientImportOptions o = fromTable ? options() : clinic::PatientImportOptions();
    o.dryRun = true;
    m_report = {};
    QString refused;
    try {
        m_report = m_import.import(m_user, m_bytes, o);
        m_fileRefused = false;
    } catch (const clinic::ValidationError &e) {
        m_fileRefused = true;
        refused = e.message();
    } catch (const std::exception &e) { // not allowed, or the database: said, never a crash
        m_fileRefused = true;
        refused = refusal(e);
    }
    // One line per column of the file, with the field it fills (changed here, checked again).
    m_columns->setRowCount(0);
    for (qsizetype c = 0; c < m_headers.size(); ++c) {
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        m_columns->setItem(row, 0, item(m_headers[c]));
        auto *choice = new QComboBox(m_columns);
        choice->addItem(fieldName(QString()), QString());
        for (const QString &field : clinic::PatientImportService::fields())
            choice->addItem(fieldName(field), field);
        QString field =
            m_report.columns.contains(m_headers[c]) ? m_report.columns.at(m_headers[c]) : QString();
        if (m_fileRefused) // what was chosen, or else what the column's name says
            field = fromTable && o.columns.contains(m_headers[c])
                        ? o.columns.at(m_headers[c])
                        : clinic::PatientImportService::recognisedField(m_headers[c]);
        choice->setCurrentIndex(std::max(0, choice->findData(field)));
        // Queued: checking again rebuilds this table, and the box that changed with it.
        connect(
            choice, &QComboBox::currentIndexChanged, this, [this] { check(true); },
            Qt::QueuedConnection);
        m_columns->setCellWidget(row, 1, choice);
    }
    m_columns->resizeColumnToContents(0);
    if (m_fileRefused) {
        m_summary->setText(tr("This file cannot be imported as it is: %1").arg(refused));
        m_tabs->setCurrentWidget(m_columns);
    }
    showReport();
}

void ImportPatientsDialog::showReport()
{
    m_problems->setRowCount(0);
    for (const auto &p : m_report.problems) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        m_problems->setItem(row, 0, item(QString::number(p.line)));
        m_problems->setItem(row, 1, item(fieldName(p.field.section(QLatin1Char('.'), 1))));
        m_problems->setItem(row, 2, item(p.message));
    }
    m_duplicates->setRowCount(0);
    for (const auto &d : m_report.duplicates) {
        const int row = m_duplicates->rowCount();
        m_duplicates->insertRow(row);
        m_duplicates->setItem(row, 0, item(QString::number(d.line)));
        m_duplicates->setItem(row, 1, item(d.name));
        m_duplicates->setItem(row, 2, item(QLocale().toString(d.birthDate, QLocale::ShortFormat)));
        m_duplicates->setItem(row, 3,
                              item(d.existingId != 0
                                       ? tr("in the clinic (patient %1)").arg(d.existingId)
                                       : tr("same as line %1").arg(d.sameAsLine)));
    }
    for (QTableWidget *table : {m_problems, m_duplicates})
        for (int c = 0; c + 1 < table->columnCount(); ++c)
            table->resizeColumnToContents(c);
    m_tabs->setTabText(m_tabs->indexOf(m_problems),
                       tr("Problems (%1)").arg(m_report.problems.size()));
    m_tabs->setTabText(m_tabs->indexOf(m_duplicates),
                       tr("Duplicates (%1)").arg(m_report.duplicates.size()));
    const int valid = m_report.lines - static_cast<int>(m_report.problems.size()) -
                      static_cast<int>(m_report.duplicates.size());
    const bool importable =
        !m_fileRefused && valid > 0 && (m_report.problems.empty() || m_skipBad->isChecked());
    m_importButton->setEnabled(importable);
    m_skipBad->setEnabled(!m_fileRefused && !m_report.problems.empty());
    if (m_fileRefused)
        return;
    QString text = tr("%n line(s) read (%1, separated by \"%2\"): ", nullptr, m_report.lines)
                       .arg(m_report.encoding, QString(m_report.separator)) +
                   tr("%n patient(s) to import", nullptr, valid);
    if (!m_report.problems.empty())
        text += QLatin1String(", ") +
                tr("%n line(s) with problems", nullptr, static_cast<int>(m_report.problems.size()));
    if (!m_report.duplicates.empty())
        text += QLatin1String(", ") + tr("%n duplicate(s), left out", nullptr,
                                         static_cast<int>(m_report.duplicates.size()));
    text += QLatin1Char('.');
    if (!m_report.problems.empty() && !m_skipBad->isChecked())
        text += QLatin1Char(' ') + tr("Correct the file, or leave those lines out below.");
    m_summary->setText(text);
    if (!m_report.problems.empty())
        m_tabs->setCurrentWidget(m_problems);
}

void ImportPatientsDialog::runImport()
{
    clinic::PatientImportOptions o = options();
    QProgressDialog progress(tr("Importing patients…"), QString(), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    try {
        const auto report = m_import.import(m_user, m_bytes, o, [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            // Repaint only: no click may start another action inside the import's transaction.
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        });
        m_imported = report.patientIds;
    } catch (const std::exception &e) {
        progress.reset();
        QMessageBox::warning(this, tr("Import patients"), refusal(e));
        return;
    }
    accept();
}

} // namespace meso::ui
