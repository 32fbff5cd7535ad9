#include "aboutdialog.h"

#include "documenthtml.h"

#include "clinic/clinicdatabase.h"
#include "clinic/installation.h"
#include "clinic/logfile.h"
#include "clinic/services.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace meso::ui {

AboutDialog::AboutDialog(const clinic::ClinicDatabase &db, const clinic::ActingUser &user,
                         QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About MesoPlan"));
    QString catalog;
    try {
        clinic::Services services(db);
        const clinic::CatalogSummary s = services.catalog.summary(user);
        catalog = tr("edition %1, version %2…").arg(s.edition, s.version.left(12));
    } catch (const std::exception &e) {
        catalog = QString::fromUtf8(e.what());
    }
    const QString log = clinic::logFilePath();
    m_facts = {
        {tr("Version"), clinic::applicationVersion()},
        {tr("Catalog"), catalog},
        {tr("Database"), db.displayLocation()},
        {tr("Database schema"), tr("%1 (this version writes %2)")
                                    .arg(db.schemaVersion())
                                    .arg(clinic::ClinicDatabase::latestSchemaVersion())},
        {tr("Qt"), QString::fromLatin1(qVersion())},
        {tr("Log file"), log.isEmpty() ? tr("none") : QDir::toNativeSeparators(log)},
    };

    QString rows;
    for (const auto &[label, value] : m_facts)
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(html::esc(label), html::esc(value));
    auto *text = new QLabel(
        QStringLiteral("<h2>MesoPlan %1</h2><p>%2</p><table cellspacing=\"4\">%3</table><p>%4</p>")
            .arg(html::esc(clinic::applicationVersion()),
                 html::esc(tr("Mesotherapy consultations, screening, session plans and records.")),
                 rows, html::esc(clinic::licenceText())),
        this);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setMinimumWidth(520);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

} // namespace meso::ui
