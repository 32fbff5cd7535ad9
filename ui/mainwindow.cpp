#include "mainwindow.h"

#include "aside.h"
#include "pageroles.h"

#include "aboutdialog.h"
#include "auditpage.h"
#include "billingpage.h"
#include "calendarpage.h"
#include "catalogpage.h"
#include "helpwindow.h"
#include "idlelock.h"
#include "passworddialog.h"
#include "patientspage.h"
#include "plaintext.h"
#include "recallspage.h"
#include "reportspage.h"
#include "settingspage.h"
#include "setupassistant.h"
#include "stockpage.h"
#include "userspage.h"
#include "windowsize.h"

#include "clinic/clinicdatabase.h"
#include "clinic/permissions.h"
#include "clinic/services.h"
#include "records/serveraddress.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaObject>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace meso::ui {

namespace {

constexpr int kPageRole = Qt::UserRole;

// The name people know the user by. No service hands it out to anyone but administrators
// (UserService::users), and an ActingUser carries only the user name: read it from the accounts,
// falling back on the user name.
int idleLockMilliseconds(const clinic::ClinicPolicies &p)
{
    return (p.idleLockMinutes > 0 ? p.idleLockMinutes : clinic::ClinicPolicies{}.idleLockMinutes) *
           60 * 1000;
}

} // namespace

MainWindow::MainWindow(const clinic::ClinicDatabase &db, const clinic::ActingUser &user,
                       QWidget *parent)
    : QMainWindow(parent), m_db(db), m_user(user),
      m_displayName(user.displayName.trimmed().isEmpty() ? user.username : user.displayName),
      m_services(std::make_unique<clinic::Services>(db)), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this))
{
    using clinic::Action;
    const auto may = [this](Action a) { return clinic::Permissions::allows(m_user.role, a); };
    const QString title =
        tr("MesoPlan — %1 (%2)").arg(m_displayName, clinic::Permissions::roleName(m_user.role));
    // The demonstration clinic says so, so that nobody records a real patient in it.
    setWindowTitle(db.isDemonstration() ? tr("%1 — demonstration clinic").arg(title) : title);
    fitToScreen(this, {1200, 780});

    // Only the pages the role may use are listed: a page the role cannot read is never asked for.
    // Each is built when first opened (build()).
    if (may(Action::PatientRead))
        addPage(Patients, tr("Patients"),
                [this] { return m_patientsPage = new PatientsPage(*m_services, m_user, m_pages); });
    if (may(Action::BookingRead))
        addPage(Calendar, tr("Calendar"),
                [this] { return m_calendarPage = new CalendarPage(*m_services, m_user, m_pages); });
    if (may(Action::RecallRead))
        addPage(Recalls, tr("Recalls"),
                [this] { return m_recallsPage = new RecallsPage(*m_services, m_user, m_pages); });
    if (may(Action::BillingRead))
        addPage(Billing, tr("Billing"),
                [this] { return m_billingPage = new BillingPage(*m_services, m_user, m_pages); });
    if (may(Action::StockRead))
        addPage(Stock, tr("Stock"),
                [this] { return m_stockPage = new StockPage(*m_services, m_user, m_pages); });
    if (may(Action::ReportActivity))
        addPage(Reports, tr("Reports"),
                [this] { return m_reportsPage = new ReportsPage(*m_services, m_user, m_pages); });
    // The catalog is the clinical side: practitioners read it, administrators import it.
    if (may(Action::CatalogRead) && (may(Action::ConsultationRead) || may(Action::CatalogImport)))
        addPage(Catalog, tr("Catalog"), [this] {
            return m_catalogPage = new CatalogPage(m_services->catalog, m_user, m_pages);
        });
    if (may(Action::ClinicRead))
        addPage(Settings, tr("Settings"), [this] {
            m_settingsPage = new SettingsPage(m_db, *m_services, m_user, m_pages);
            connect(m_settingsPage, &SettingsPage::setupAssistantRequested, this,
                    &MainWindow::openSetupAssistant, Qt::QueuedConnection);
            connect(m_settingsPage, &SettingsPage::policiesChanged, this,
                    [this](const clinic::ClinicPolicies &p) {
                        if (!m_idleLock->isLocked())
                            m_idleLock->setTimeout(idleLockMilliseconds(p));
                    });
            return m_settingsPage;
        });
    if (may(Action::UserManage))
        addPage(Users, tr("Users"), [this] {
            m_usersPage = new UsersPage(*m_services, m_user, m_pages);
            connect(m_usersPage, &UsersPage::usersChanged, this, [this] {
                if (m_auditPage)
                    m_auditPage->reloadUsers();
            });
            return m_usersPage;
        });
    if (may(Action::AuditRead))
        addPage(Audit, tr("Audit"),
                [this] { return m_auditPage = new AuditPage(*m_services, m_user, m_pages); });

    m_navigation->setFixedWidth(160);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(4);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    if (may(Action::ClinicWrite)) {
        // A new clinic's administrator: what is left to set up, until it is done.
        m_checklist = new QFrame(central);
        m_checklist->setObjectName(QStringLiteral("setupChecklist"));
        static_cast<QFrame *>(m_checklist)->setFrameShape(QFrame::StyledPanel);
        auto *row = new QHBoxLayout(m_checklist);
        m_checklistText = new QLabel(m_checklist);
        m_checklistText->setWordWrap(true);
        m_checklistText->setTextFormat(Qt::PlainText);
        auto *open = new QPushButton(tr("Open the setup &assistant…"), m_checklist);
        row->addWidget(m_checklistText, 1);
        row->addWidget(open);
        connect(open, &QPushButton::clicked, this, &MainWindow::openSetupAssistant);
        outer->addWidget(m_checklist);
    }
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
    refreshSetupChecklist();

    auto *who = new QLabel(
        tr("Signed in: %1 (%2)").arg(m_displayName, clinic::Permissions::roleName(m_user.role)),
        this);
    who->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(who);
    // The database's full location in the tooltip; in the bar, its middle elided so that the
    // bar fits a 1366-pixel screen beside the messages.
    const QString where = tr("Database: %1").arg(QDir::toNativeSeparators(m_db.displayLocation()));
    auto *location = new QLabel(fontMetrics().elidedText(where, Qt::ElideMiddle, 420), this);
    location->setTextFormat(Qt::PlainText);
    location->setToolTip(where);
    statusBar()->addPermanentWidget(location);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::openRow);

    // On a clinic server, what other workstations book, move, cancel, approve or register shows
    // within a second: the visible page reloads its range (never a whole table). A burst of
    // announcements (a whole series) is one reload.
    m_changes = new clinic::LiveUpdates(m_db, this);
    m_changesDue = new QTimer(this);
    m_changesDue->setSingleShot(true);
    m_changesDue->setInterval(150);
    connect(m_changes, &clinic::LiveUpdates::changed, this, [this](const QString &topic) {
        m_changedTopics.insert(topic);
        m_changesDue->start();
    });
    connect(m_changesDue, &QTimer::timeout, this, &MainWindow::applyChanges);
    if (m_db.isServer() && !m_changes->isLive())
        statusBar()->showMessage(
            tr("Other workstations' changes show only when a page is opened again: %1")
                .arg(m_changes->error()));

    // The idle lock: the clinic's time without input, then the password again.
    m_idleLock = new IdleLock(
        m_displayName,
        [this](const QString &password) { m_services->users.unlock(m_user, password); }, this);
    try {
        m_idleLock->setTimeout(idleLockMilliseconds(m_services->profile.policies(m_user)));
    } catch (const std::exception &) {
        m_idleLock->setTimeout(idleLockMilliseconds({}));
    }
    createMenus();

    // The daily backup: checked every hour, and a minute after start.
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(60 * 60 * 1000);
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::checkDailyBackup);
    m_backupTimer->start();
    QTimer::singleShot(60 * 1000, this, &MainWindow::checkDailyBackup);

    // A SQLite file's write-ahead log goes back into the file while the workstation waits for
    // input, not inside the commit of whoever crosses SQLite's threshold (a recall's lot trace
    // would wait for it). The timer fires from the event loop: between actions, or beside work
    // running aside on another connection, which a passive checkpoint never waits for; inside a
    // write transaction of this connection it does nothing. One refused is taken at the next
    // tick (SQLite's own checkpoint stays as the backstop).
    m_db.deferCheckpoints();
    m_checkpointTimer = new QTimer(this);
    m_checkpointTimer->setInterval(2000);
    connect(m_checkpointTimer, &QTimer::timeout, this, [this] {
        try {
            m_db.checkpointWhileIdle();
        } catch (const std::exception &e) {
            qWarning("Checkpoint left for the next idle moment: %s", e.what());
        }
    });
    if (!m_db.isServer())
        m_checkpointTimer->start();

    if (m_navigation->count() > 0)
        m_navigation->setCurrentRow(0);
}

MainWindow::~MainWindow()
{
    delete m_idleLock; // gives the other windows back before the pages go
    m_idleLock = nullptr;
}

void MainWindow::addPage(Page page, const QString &title, std::function<QWidget *()> make)
{
    m_pages->addWidget(new QWidget(m_pages)); // the place holder
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(kPageRole, page);
    m_unbuilt.emplace(page, std::move(make));
}

int MainWindow::rowOf(Page page) const
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(kPageRole).toInt() == page)
            return row;
    }
    return -1;
}

bool MainWindow::isBuilt(Page page) const
{
    return rowOf(page) >= 0 && !m_unbuilt.contains(page);
}

void MainWindow::build(Page page)
{
    const auto it = m_unbuilt.find(page);
    if (it == m_unbuilt.end())
        return;
    QWidget *made =
        it->second(); // when it throws, the place holder stays: opened again, it retries
    m_unbuilt.erase(it);
    const int row = rowOf(page);
    QWidget *holder = m_pages->widget(row);
    m_pages->insertWidget(row, made);
    m_pages->removeWidget(holder);
    delete holder;
}

// What other windows approved, booked or audited meanwhile shows when the page is opened: a page
// built now has just read its data.
void MainWindow::openRow(int row)
{
    if (row < 0)
        return;
    const auto page = static_cast<Page>(m_navigation->item(row)->data(kPageRole).toInt());
    const bool built = isBuilt(page);
    build(page);
    m_pages->setCurrentIndex(row);
    if (!built)
        return;
    if (page == Calendar)
        m_calendarPage->refresh();
    else if (page == Stock)
        m_stockPage->refresh();
    else if (page == Reports)
        m_reportsPage->refresh();
    else if (page == Recalls)
        m_recallsPage->refresh();
    else if (page == Billing)
        m_billingPage->refresh();
    else if (page == Patients && m_patientsStale)
        m_patientsPage->refresh();
    else if (page == Audit)
        m_auditPage->refresh();
    else if (page == Users)
        m_usersPage->refresh();
}

bool MainWindow::hasPage(Page page) const
{
    return rowOf(page) >= 0;
}

void MainWindow::showPage(Page page)
{
    if (const int row = rowOf(page); row >= 0)
        m_navigation->setCurrentRow(row);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *password =
        file->addAction(tr("Change my &password…"), this, &MainWindow::changeOwnPassword);
    password->setObjectName(QStringLiteral("changePassword"));
    QAction *lock = file->addAction(tr("&Lock now"), this, [this] { m_idleLock->lock(); });
    lock->setObjectName(QStringLiteral("lockNow"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setShortcutContext(Qt::ApplicationShortcut);
    QAction *signOut = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    signOut->setObjectName(QStringLiteral("signOut"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    // What every page may offer, on the keys people expect: each reaches the page shown (its
    // search field, its "new" button, its printout, reading it again); Find goes to the patients'
    // search from a page without one.
    QMenu *page = menuBar()->addMenu(tr("&Page"));
    QAction *find = page->addAction(tr("&Find"), this, [this] { pageAction(PageRole::Find); });
    find->setObjectName(QStringLiteral("find"));
    find->setShortcut(QKeySequence::Find);
    QAction *add = page->addAction(tr("&New…"), this, [this] { pageAction(PageRole::New); });
    add->setObjectName(QStringLiteral("new"));
    add->setShortcut(QKeySequence::New);
    QAction *print = page->addAction(tr("&Print…"), this, [this] { pageAction(PageRole::Print); });
    print->setObjectName(QStringLiteral("print"));
    print->setShortcut(QKeySequence::Print);
    QAction *refresh = page->addAction(tr("&Refresh"), this, &MainWindow::refreshPage);
    refresh->setObjectName(QStringLiteral("refresh"));
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // Another MesoPlan, on the demonstration clinic's own database: this one stays as it is.
    QAction *demo = help->addAction(tr("Open the &demonstration clinic"), this, [this] {
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                     {QStringLiteral("--demo")}))
            plainMessage(this, QMessageBox::Warning, tr("Demonstration clinic"),
                         tr("The demonstration clinic could not be started."));
    });
    demo->setObjectName(QStringLiteral("openDemo"));
    demo->setEnabled(!m_db.isDemonstration());
    QAction *guide = help->addAction(tr("&User guide"), this, &MainWindow::showHelp);
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcut(QKeySequence::HelpContents); // F1
    guide->setShortcutContext(Qt::ApplicationShortcut);
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        plainMessage(this, QMessageBox::Information, tr("Keyboard shortcuts"),
                     shortcutLines().join(QLatin1Char('\n')));
    });
    keys->setObjectName(QStringLiteral("shortcuts"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About MesoPlan"), this, [this] {
        AboutDialog dialog(m_db, m_user, this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("about"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::refreshSetupChecklist()
{
    if (!m_checklist)
        return;
    QStringList left;
    try {
        for (const SetupStep &step : SetupAssistant::checklist(*m_services, m_user))
            if (!step.done)
                left << step.title;
    } catch (const std::exception &) {
        left.clear(); // the checklist is a reminder: a failure to read it hides it
    }
    m_checklist->setVisible(!left.isEmpty());
    m_checklistText->setText(
        tr("Setting the clinic up, left to do: %1.").arg(left.join(QStringLiteral("; "))));
}

void MainWindow::openSetupAssistant()
{
    SetupAssistant assistant(*m_services, m_user, this);
    // At the first step not done.
    const auto steps = SetupAssistant::checklist(*m_services, m_user);
    const auto first =
        std::find_if(steps.begin(), steps.end(), [](const SetupStep &s) { return !s.done; });
    if (first != steps.end())
        assistant.setStartId(static_cast<int>(first - steps.begin()));
    assistant.exec();
    refreshSetupChecklist();
    if (m_settingsPage)
        m_settingsPage->reload();
    if (m_patientsPage)
        m_patientsPage->refresh();
}

bool MainWindow::pageAction(PageRole role)
{
    QWidget *shown = m_pages->currentWidget();
    QWidget *target = shown ? roleIn(shown, role) : nullptr;
    if (!target && role == PageRole::Find && hasPage(Patients)) {
        showPage(Patients);
        target = roleIn(patientsPage(), role);
    }
    if (!target)
        return false;
    if (auto *button = qobject_cast<QAbstractButton *>(target))
        button->click();
    else {
        target->setFocus(Qt::ShortcutFocusReason);
        if (auto *field = qobject_cast<QLineEdit *>(target))
            field->selectAll();
    }
    return true;
}

bool MainWindow::refreshPage()
{
    QWidget *shown = m_pages->currentWidget();
    if (!shown)
        return false;
    // Each page reads itself again with its refresh() (or reload()), Q_INVOKABLE.
    for (const char *method : {"refresh", "reload"}) {
        const QByteArray signature = QByteArray(method) + "()";
        if (shown->metaObject()->indexOfMethod(signature.constData()) >= 0)
            return QMetaObject::invokeMethod(shown, method);
    }
    return false;
}

int MainWindow::currentPage() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(kPageRole).toInt() : -1;
}

QString MainWindow::helpSection(Page page)
{
    // The headings of docs/user-guide.md; their French is docs/fr/guide-utilisateur.md's (the
    // UI test opens each page's section in both).
    switch (page) {
    case Patients:
        return QCoreApplication::translate("HelpSection", "Patients");
    case Calendar:
        return QCoreApplication::translate("HelpSection", "Front desk: booking");
    case Stock:
        return QCoreApplication::translate("HelpSection", "Stock: products and lots");
    case Catalog:
        return QCoreApplication::translate("HelpSection", "Catalog");
    case Settings:
        return QCoreApplication::translate("HelpSection", "Settings");
    case Users:
        return QCoreApplication::translate("HelpSection", "Users");
    case Audit:
        return QCoreApplication::translate("HelpSection", "The audit trail");
    case Reports:
        return QCoreApplication::translate("HelpSection", "Reports");
    case Recalls:
        return QCoreApplication::translate("HelpSection", "Recalls");
    case Billing:
        return QCoreApplication::translate("HelpSection", "Billing");
    }
    return {};
}

HelpWindow *MainWindow::showHelp()
{
    if (!m_help) {
        m_help = new HelpWindow(this);
        m_help->setAttribute(Qt::WA_DeleteOnClose);
        fitToScreen(m_help, m_help->size());
    }
    const int page = currentPage();
    if (page >= 0)
        m_help->openSection(helpSection(static_cast<Page>(page)));
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    return m_help;
}

QStringList MainWindow::shortcutLines() const
{
    QStringList lines;
    const auto menus = menuBar()->findChildren<QMenu *>();
    for (const QMenu *menu : menus) {
        for (const QAction *a : menu->actions()) {
            if (a->shortcut().isEmpty())
                continue;
            QString text = a->text();
            text.remove(QLatin1Char('&'));
            lines << tr("%1: %2").arg(a->shortcut().toString(QKeySequence::NativeText), text);
        }
    }
    // In a consultation, beside the window's.
    lines << tr("%1: %2").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText),
                              tr("in a consultation or a patient's form, save (a draft)"));
    lines << tr("%1: %2").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText),
                              tr("in a consultation's Plans tab, the plan's printouts"));
    lines << tr("%1: %2").arg(
        QKeySequence(Qt::ALT).toString(QKeySequence::NativeText).remove(QLatin1Char('+')),
        tr("with the underlined letter of a button, field or menu: that one"));
    return lines;
}

void MainWindow::showRestored()
{
    QSettings settings = clinic::workstationSettings();
    if (restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        show();
        return;
    }
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() : QSize(1920, 1080);
    if (room.width() < 1600 || room.height() < 900) // a front desk's laptop: all of it
        showMaximized();
    else
        show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings = clinic::workstationSettings();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_help)
        m_help->close();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeOwnPassword()
{
    PasswordDialog dialog(
        tr("%1 (%2)").arg(m_displayName, m_user.username),
        [this](const QString &password) {
            m_services->users.setPassword(m_user, m_user.id, password);
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your new password is set."), 10000);
}

void MainWindow::signOut()
{
    // Other windows (a consultation being written) close with this one.
    int others = 0;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != this && w->isVisible() && w->isWindow() && w->windowType() != Qt::Popup &&
            w->windowType() != Qt::ToolTip)
            ++others;
    }
    if (others > 0 &&
        plainMessage(this, QMessageBox::Question, tr("Sign out"),
                     tr("Signing out closes every MesoPlan window; what is not saved in them is "
                        "lost. Sign out?"),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    Q_EMIT signOutRequested();
}

void MainWindow::applyChanges()
{
    const QSet<QString> topics = std::exchange(m_changedTopics, {});
    QWidget *shown = m_pages->currentWidget();
    // The calendar also lists the approved plans waiting to be booked; a hidden calendar reloads
    // when it is opened again anyway.
    if (m_calendarPage && shown == m_calendarPage &&
        (topics.contains(clinic::topic::calendar) || topics.contains(clinic::topic::plans)))
        m_calendarPage->refresh();
    if (m_patientsPage && topics.contains(clinic::topic::patients)) {
        m_patientsStale = shown != m_patientsPage;
        if (!m_patientsStale)
            m_patientsPage->refresh();
    }
}

QString MainWindow::checkDailyBackup()
{
    try {
        if (!m_services->backups.dailyBackupDue())
            return {};
        const QString file = runAside<QString>(
            this, tr("Daily backup of the database…"), *m_services,
            [user = m_user](clinic::Services &s) { return s.backups.automaticBackup(user); });
        statusBar()->showMessage(tr("Daily backup saved: %1").arg(QDir::toNativeSeparators(file)),
                                 30000);
        return file;
    } catch (const std::exception &e) {
        statusBar()->showMessage(
            tr("The daily backup failed: %1").arg(QString::fromUtf8(e.what())));
    }
    return {};
}

} // namespace meso::ui
