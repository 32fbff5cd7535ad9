#pragma once

#include "clinic/actinguser.h"

#include <QWizard>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QComboBox;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

class ClinicSetupDialog;
class UsersPage;

// One step of setting a new clinic up, and whether it is done.
struct SetupStep
{
    QString id; // clinic, staff, hours, patients (ClinicProfileService::setupSteps)
    QString title;
    bool done = false;
};

// The setup assistant (issue 20): shown after the first administrator is created, and from
// Settings later. Clinic details, staff accounts, opening hours with closures, rooms and the
// practitioners' hours and protocols, the patients of the previous software, then a summary.
// Every page goes through the services the rest of the window uses (same checks, same audit
// rows); Next saves and marks the step done, "Skip this step" leaves it for later: the steps not
// done stay on the administrator's checklist (MainWindow) until they are.
class SetupAssistant : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ClinicPage,
        StaffPage,
        HoursPage,
        PatientsPage,
        SummaryPage
    };

    SetupAssistant(clinic::Services &services, clinic::ActingUser admin, QWidget *parent = nullptr);

    // The steps, in order, each done or not: a step is done once marked, or when the clinic
    // already shows it (a name; a practitioner and a front desk; patients).
    static std::vector<SetupStep> checklist(clinic::Services &services,
                                            const clinic::ActingUser &user);

    QLineEdit *clinicNameEdit() const { return m_name; }
    QPlainTextEdit *clinicAddressEdit() const { return m_address; }
    QLineEdit *clinicPhoneEdit() const { return m_phone; }
    ClinicSetupDialog *clinicSetup() const { return m_setup; }
    UsersPage *users() const { return m_users; }
    QCheckBox *noPatientsBox() const { return m_noPatients; }
    QString message() const;
    QString summary() const;
    // Leaves the page shown for later ("Skip this step").
    void skip();
    // The logo chosen on the clinic page (saved with Next); false, the reason shown, when the
    // file cannot be a logo.
    bool useLogoFile(const QString &path);
    QComboBox *languageBox() const { return m_language; }

    // Cancel, Escape or closing: the clinic setup's unsaved edits are asked about first.
    void reject() override;

protected:
    bool validateCurrentPage() override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void initializePage(int id) override;

private:
    bool mark(const QString &step);

    clinic::Services &m_services;
    clinic::ActingUser m_admin;
    QLineEdit *m_name, *m_phone, *m_email;
    QPlainTextEdit *m_address;
    QComboBox *m_country, *m_language;
    QLabel *m_logoPreview;
    QByteArray m_logo;
    UsersPage *m_users;
    ClinicSetupDialog *m_setup;
    QCheckBox *m_noPatients;
    QLabel *m_patientsCount, *m_summary, *m_message;
    bool m_skipping = false;
};

} // namespace meso::ui
