#pragma once

#include "clinic/actinguser.h"
#include "clinic/patientimport.h"

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace meso::clinic {
class PatientImportService;
}

namespace meso::ui {

// Imports the patients of the clinic's previous software from a CSV file (administrators): the
// file is checked as soon as it is chosen, without writing anything (a dry run of
// PatientImportService), and the dialog shows which column fills which field (each one can be
// changed), the first lines as they will be read, every bad line and every duplicate. Import runs
// the same import for real: all of the file, or its valid lines when asked.
class ImportPatientsDialog : public QDialog
{
    Q_OBJECT
public:
    ImportPatientsDialog(clinic::PatientImportService &import, clinic::ActingUser user,
                         QWidget *parent = nullptr);

    // Reads and checks a file, as choosing it does (tests call it directly).
    void openFile(const QString &path);
    // The patients imported (after accept()).
    const std::vector<qint64> &imported() const { return m_imported; }

    QTableWidget *columnsTable() const { return m_columns; }
    QTableWidget *previewTable() const { return m_preview; }
    QTableWidget *problemsTable() const { return m_problems; }
    QTableWidget *duplicatesTable() const { return m_duplicates; }
    QCheckBox *skipBadBox() const { return m_skipBad; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_importButton; }

private:
    void chooseFile();
    // The dry run with the columns as the table maps them (all of them, the first time).
    void check(bool fromTable);
    void showReport();
    void runImport();
    clinic::PatientImportOptions options() const;

    clinic::PatientImportService &m_import;
    clinic::ActingUser m_user;
    QByteArray m_bytes;
    QStringList m_headers;
    clinic::PatientImportReport m_report;
    bool m_fileRefused = true;
    std::vector<qint64> m_imported;
    QLineEdit *m_path;
    QLabel *m_summary;
    QTableWidget *m_columns, *m_preview, *m_problems, *m_duplicates;
    QTabWidget *m_tabs;
    QCheckBox *m_skipBad;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
};

} // namespace meso::ui
