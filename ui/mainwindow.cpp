#include "mainwindow.h"

#include "calendarpage.h"
#include "catalogpage.h"
#include "patientspage.h"
#include "settingspage.h"

#include "clinic/services.h"
#include "store/database.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>

namespace meso::ui {


MainWindow::MainWindow(store::Database &db, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_user(clinic::ActingUser::builtInLocal(db)),
      m_services(std::make_unique<clinic::Services>(db)),
      m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("MesoPlan"));
    resize(1200, 780);

    m_patientsPage = new PatientsPage(*m_services, m_user, m_pages);
    m_catalogPage = new CatalogPage(m_services->catalog, m_user, m_pages);
    m_settingsPage = new SettingsPage(m_db, *m_services, m_user, m_pages);
    m_pages->addWidget(m_patientsPage);
    m_calendarPage = new CalendarPage(*m_services, m_user, m_pages);
    m_pages->addWidget(m_calendarPage);
    m_pages->addWidget(m_catalogPage);
    m_pages->addWidget(m_settingsPage);

    for (const QString &name : {tr("Patients"), tr("Calendar"), tr("Catalog"), tr("Settings")})
        m_navigation->addItem(name);
    m_navigation->setFixedWidth(160);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(4);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    auto *location = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.location())), this);
    location->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(location);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // What other windows approved or booked meanwhile shows when the front desk opens the page.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == Calendar)
            m_calendarPage->refresh();
    });
    showPage(Patients);
}

MainWindow::~MainWindow() = default;

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

} // namespace meso::ui
