#pragma once

#include "clinic/actinguser.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace meso::store {
class Database;
}
namespace meso::clinic {
class AssessmentService;
class CatalogService;
class ConsultationService;
class PatientService;
}

namespace meso::ui {

class CatalogPage;
class PatientsPage;
class SettingsPage;

// The application window: navigation on the left (Patients, Calendar, Catalog, Settings), the
// page on the right, the database location in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Patients, Calendar, Catalog, Settings };

    explicit MainWindow(store::Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }
    CatalogPage *catalogPage() const { return m_catalogPage; }
    PatientsPage *patientsPage() const { return m_patientsPage; }

private:
    store::Database &m_db;
    clinic::ActingUser m_user;
    std::unique_ptr<clinic::CatalogService> m_catalog;
    std::unique_ptr<clinic::PatientService> m_patients;
    std::unique_ptr<clinic::AssessmentService> m_assessments;
    std::unique_ptr<clinic::ConsultationService> m_consultations;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    PatientsPage *m_patientsPage;
    CatalogPage *m_catalogPage;
    SettingsPage *m_settingsPage;
};

} // namespace meso::ui
