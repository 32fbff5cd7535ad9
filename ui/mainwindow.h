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
struct Services;
}

namespace meso::ui {

class CalendarPage;
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
    CalendarPage *calendarPage() const { return m_calendarPage; }
    PatientsPage *patientsPage() const { return m_patientsPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }

private:
    store::Database &m_db;
    clinic::ActingUser m_user;
    std::unique_ptr<clinic::Services> m_services;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    PatientsPage *m_patientsPage;
    CatalogPage *m_catalogPage;
    CalendarPage *m_calendarPage;
    SettingsPage *m_settingsPage;
};

} // namespace meso::ui
