#pragma once

#include "pageroles.h"

#include "clinic/actinguser.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <map>
#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace meso::clinic {
class ClinicDatabase;
class LiveUpdates;
struct Services;
} // namespace meso::clinic

namespace meso::ui {

class AuditPage;
class BillingPage;
class CalendarPage;
class CatalogPage;
class IdleLock;
class PatientsPage;
class RecallsPage;
class HelpWindow;
class ReportsPage;
class SettingsPage;
class StockPage;
class UsersPage;

// The application window of the signed-in user: navigation on the left with the pages the role
// may use (practitioner: Patients, Calendar, Recalls, Stock, Reports, Catalog, Settings; front
// desk: Patients, Calendar, Recalls, Stock, Reports, Settings; administrator: Patients, Recalls,
// Stock, Reports, Catalog, Settings, Users, Audit), the
// page on the right, who is signed in and the database in the status bar. File: change my password,
// lock now, sign out. It locks itself (and every other window) after the clinic's idle time, and
// makes the daily automatic backup.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        Patients,
        Calendar,
        Stock,
        Catalog,
        Settings,
        Users,
        Audit,
        Reports,
        Recalls,
        Billing
    };

    MainWindow(const clinic::ClinicDatabase &db, const clinic::ActingUser &user,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    const clinic::ActingUser &user() const { return m_user; }
    // The signed-in user's name as people know it.
    QString displayName() const { return m_displayName; }
    bool hasPage(Page page) const;
    void showPage(Page page);
    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }
    // A page is built (and reads its data) the first time it is opened or asked for here, not
    // when the window is: signing in builds the first page only (start-up: docs/performance.md).
    bool isBuilt(Page page) const;
    // Null when the role does not use the page.
    CatalogPage *catalogPage() { return built(Catalog, m_catalogPage); }
    CalendarPage *calendarPage() { return built(Calendar, m_calendarPage); }
    StockPage *stockPage() { return built(Stock, m_stockPage); }
    ReportsPage *reportsPage() { return built(Reports, m_reportsPage); }
    RecallsPage *recallsPage() { return built(Recalls, m_recallsPage); }
    BillingPage *billingPage() { return built(Billing, m_billingPage); }
    PatientsPage *patientsPage() { return built(Patients, m_patientsPage); }
    SettingsPage *settingsPage() { return built(Settings, m_settingsPage); }
    UsersPage *usersPage() { return built(Users, m_usersPage); }
    AuditPage *auditPage() { return built(Audit, m_auditPage); }
    IdleLock *idleLock() const { return m_idleLock; }
    // Other workstations' changes (a clinic server's notifications; silent on a file).
    clinic::LiveUpdates *changeFeed() const { return m_changes; }
    // The page shown, or -1 before any.
    int currentPage() const;
    // Help > User guide (F1): the guide in its window, at the section of the page shown.
    HelpWindow *showHelp();
    // The guide's heading of a page's section, in the interface's language.
    static QString helpSection(Page page);
    // The Page menu: the page shown's field or button for `role` (Find, New, Print), focused or
    // clicked; F5: the page read again. False when the page offers none.
    bool pageAction(PageRole role);
    bool refreshPage();
    // Help > Keyboard shortcuts: every menu action with its keys.
    QStringList shortcutLines() const;
    // The setup assistant (administrators), at the first step not done; the checklist above the
    // pages is read again when it closes.
    void openSetupAssistant();
    // The administrator's checklist of setup steps left (null for other roles or when all done).
    QWidget *setupChecklist() const { return m_checklist; }
    void refreshSetupChecklist();
    // Shows the window as this workstation last left it (size, place, maximised), else
    // maximised on a small screen (1366x768) and at a comfortable size on a larger one.
    void showRestored();
    // Makes the automatic backup when the last one is a day old (hourly, and soon after start).
    // Returns the file written, or empty; a failure shows in the status bar.
    QString checkDailyBackup();

Q_SIGNALS:
    // File > Sign out: main() closes this window and asks who signs in next.
    void signOutRequested();

private:
    // The page's row in the navigation and the stack (its place holder until built).
    void addPage(Page page, const QString &title, std::function<QWidget *()> make);
    int rowOf(Page page) const;
    void build(Page page);
    template <typename P> P *built(Page page, P *&member)
    {
        build(page);
        return member;
    }
    void openRow(int row);
    void createMenus();
    void changeOwnPassword();
    void signOut();
    void applyChanges();
    void closeEvent(QCloseEvent *event) override;

    const clinic::ClinicDatabase &m_db;
    clinic::ActingUser m_user;
    QString m_displayName;
    std::unique_ptr<clinic::Services> m_services;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    PatientsPage *m_patientsPage = nullptr;
    CatalogPage *m_catalogPage = nullptr;
    CalendarPage *m_calendarPage = nullptr;
    StockPage *m_stockPage = nullptr;
    ReportsPage *m_reportsPage = nullptr;
    RecallsPage *m_recallsPage = nullptr;
    BillingPage *m_billingPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    UsersPage *m_usersPage = nullptr;
    AuditPage *m_auditPage = nullptr;
    std::map<Page, std::function<QWidget *()>> m_unbuilt; // how to build the pages not built yet
    IdleLock *m_idleLock = nullptr;
    QTimer *m_backupTimer = nullptr;
    QTimer *m_checkpointTimer = nullptr; // a SQLite file's log back into it between actions
    clinic::LiveUpdates *m_changes = nullptr;
    QTimer *m_changesDue = nullptr;
    QSet<QString> m_changedTopics;
    bool m_patientsStale = false; // the patient list changed elsewhere while hidden
    QPointer<HelpWindow> m_help;
    QWidget *m_checklist = nullptr;
    QLabel *m_checklistText = nullptr;
};

} // namespace meso::ui
