#include "settingspage.h"

#include "clinic/catalogservice.h"
#include "store/database.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace meso::ui {

namespace {
QLabel *plain(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}
} // namespace

SettingsPage::SettingsPage(const store::Database &db, clinic::CatalogService &catalog,
                           clinic::ActingUser user, QWidget *parent)
    : QWidget(parent), m_db(db), m_catalog(catalog), m_user(std::move(user)), m_form(nullptr)
{
    reload();
}

void SettingsPage::reload()
{
    delete layout();
    qDeleteAll(findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    auto *layout = new QVBoxLayout(this);

    auto *database = new QGroupBox(tr("Database"), this);
    auto *dbForm = new QFormLayout(database);
    dbForm->addRow(tr("Location:"), plain(QDir::toNativeSeparators(m_db.location()), database));
    dbForm->addRow(tr("Engine:"), plain(tr("SQLite (single workstation)"), database));
    dbForm->addRow(tr("Schema version:"), plain(QString::number(m_db.schemaVersion()), database));
    layout->addWidget(database);

    const clinic::CatalogSummary s = m_catalog.summary(m_user);
    auto *catalog = new QGroupBox(tr("Clinical catalog"), this);
    m_form = new QFormLayout(catalog);
    m_form->addRow(tr("Edition:"), plain(s.edition, catalog));
    m_form->addRow(tr("Version (SHA-256):"), plain(s.version, catalog));
    m_form->addRow(tr("Imported:"), plain(QLocale().toString(s.importedAt.toLocalTime(), QLocale::LongFormat), catalog));
    m_form->addRow(tr("Currency:"), plain(s.currency, catalog));
    QStringList counts;
    for (const auto &[what, n] : s.counts)
        counts << QStringLiteral("%1 %2").arg(n).arg(QString(what).replace(QLatin1Char('_'), QLatin1Char(' ')));
    m_form->addRow(tr("Contents:"), plain(counts.join(QLatin1String(", ")), catalog));
    layout->addWidget(catalog);
    layout->addStretch(1);
}

} // namespace meso::ui
