#pragma once

#include "accountform.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace meso::ui {

// Settings → Database → Connection…: where this workstation's clinic database is, a file of this
// computer or a PostgreSQL clinic server (docs/deployment.md), with "Test connection" to see what
// is there before saving. The choice is this workstation's (saved without any password: MesoPlan
// asks for it at start unless the libpq password file has it) and is used from the next start.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(const QString &current, QWidget *parent = nullptr);

    // The location the form describes: a file path or a postgresql:// URI (with the password
    // typed here, for testing only); empty with problem() set when a field is missing.
    QString location(bool withTypedPassword);
    // Connects and says what is there; true when it is usable. Changes nothing anywhere.
    bool testConnection();
    // Saves the choice for this workstation and closes; false with problem() set.
    bool save();

    QRadioButton *fileChoice() const { return m_file; }
    QRadioButton *serverChoice() const { return m_server; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *sslBox() const { return m_ssl; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    QString result() const;
    QString problem() const { return m_problem.text(); }

private:
    void load(const QString &location);
    void updateEnabled();

    QRadioButton *m_file;
    QRadioButton *m_server;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_ssl;
    QLineEdit *m_password;
    QLabel *m_hostLabel, *m_databaseLabel, *m_userLabel, *m_pathLabel;
    QPushButton *m_test;
    QLabel *m_result;
    FormProblem m_problem;
    QStringList m_otherOptions; // connection options of the address not shown in the form, kept
};

} // namespace meso::ui
