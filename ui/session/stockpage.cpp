#include "stockpage.h"
#include "pageroles.h"

#include "csvfile.h"
#include "tones.h"

#include "catalogtext.h"
#include "refusal.h"

#include "clinic/catalogservice.h"
#include "clinic/permissions.h"
#include "clinic/services.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace meso::ui {

namespace {

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    setTone(label, Tone::Danger);
    return label;
}

QString millilitres(double ml)
{
    return QLocale().toString(ml, 'f', 2) + StockPage::tr(" mL");
}

} // namespace

StockPage::StockPage(clinic::Services &services, clinic::ActingUser user, QWidget *parent)
    : QWidget(parent), m_services(services), m_user(std::move(user)),
      m_model(new QStandardItemModel(this)), m_view(new QTableView(this)),
      m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *addProductButton = new QPushButton(tr("Add &product…"), this),
         *receiveButton = new QPushButton(tr("&Receive lot…"), this),
         *traceButton = new QPushButton(tr("&Trace lot…"), this);
    bar->addWidget(addProductButton);
    bar->addWidget(receiveButton);
    bar->addStretch(1);
    bar->addWidget(traceButton);
    layout->addLayout(bar);
    m_model->setHorizontalHeaderLabels({tr("Product"), tr("Lot"), tr("Expiry"), tr("Left"),
                                        tr("Received"), tr("Supplier"), tr("To watch")});
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(addProductButton, &QPushButton::clicked, this, &StockPage::addProduct);
    connect(receiveButton, &QPushButton::clicked, this, &StockPage::receiveLot);
    markRole(receiveButton, PageRole::New);
    connect(traceButton, &QPushButton::clicked, this, &StockPage::traceLot);
    // Tracing reads patients' records: only for those who may (the service checks it too).
    traceButton->setVisible(clinic::Permissions::allows(m_user.role, clinic::Action::LotTrace));
    refresh();
}

void StockPage::refresh()
{
    m_model->removeRows(0, m_model->rowCount());
    std::vector<clinic::LotStatus> lots;
    try {
        lots = m_services.stock.stock(m_user, QDate::currentDate());
    } catch (const std::exception &e) {
        m_message->setText(tr("Refused: %1").arg(refusal(e)));
        return;
    }
    const QLocale locale;
    int expired = 0, soon = 0, low = 0;
    for (const clinic::LotStatus &s : lots) {
        QStringList flags;
        if (s.expired)
            flags << tr("expired: do not use");
        else if (s.expiringSoon)
            flags << tr("expires soon");
        if (s.exhausted)
            flags << tr("used up");
        if (s.lowStock)
            flags << tr("low stock");
        expired += s.expired && !s.exhausted ? 1 : 0;
        soon += s.expiringSoon && !s.exhausted ? 1 : 0;
        low += s.lowStock ? 1 : 0;
        QList<QStandardItem *> row;
        for (const QString &text :
             {s.product.name, s.lot.lotNumber, locale.toString(s.lot.expiry, QLocale::ShortFormat),
              millilitres(s.lot.remainingMl()),
              tr("%n unit(s) on %1", nullptr, s.lot.unitsReceived)
                  .arg(locale.toString(s.lot.receivedOn, QLocale::ShortFormat)),
              s.lot.supplier, flags.join(QStringLiteral(", "))})
            row << new QStandardItem(text);
        row.front()->setData(s.lot.id);
        if (s.expired || s.exhausted || s.expiringSoon || s.lowStock) {
            const QColor fill =
                tint(palette(), s.expired || s.exhausted ? Tone::Danger : Tone::Warning);
            for (QStandardItem *item : row)
                item->setBackground(fill);
        }
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    m_message->setText(
        tr("%n lot(s) in stock.", nullptr, static_cast<int>(lots.size())) + QLatin1Char(' ') +
        tr("Expired: %1 · expiring soon: %2 · low stock: %3").arg(expired).arg(soon).arg(low));
}

QString StockPage::message() const
{
    return m_message->text();
}

void StockPage::addProduct()
{
    ProductDialog dialog(m_services, m_user, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void StockPage::receiveLot()
{
    ReceiveLotDialog dialog(m_services, m_user, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void StockPage::traceLot()
{
    TraceLotDialog dialog(m_services, m_user, this);
    if (const QModelIndex current = m_view->currentIndex(); current.isValid())
        dialog.trace(m_model->item(current.row(), LotColumn)->text());
    dialog.exec();
}

// --- Add product ---------------------------------------------------------------------------

ProductDialog::ProductDialog(clinic::Services &services, clinic::ActingUser user, QWidget *parent)
    : QDialog(parent), m_services(services), m_user(std::move(user)), m_name(new QLineEdit(this)),
      m_manufacturer(new QLineEdit(this)), m_form(new QComboBox(this)),
      m_unitMl(new QDoubleSpinBox(this)), m_lowStock(new QSpinBox(this)),
      m_components(new QTableWidget(0, 2, this)), m_message(messageLabel(this))
{
    setWindowTitle(tr("Add product"));
    resize(620, 520);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Manufacturer:"), m_manufacturer);
    for (const QString &f : clinic::StockService::forms())
        m_form->addItem(clinic::StockService::formName(f), f);
    form->addRow(tr("&Form:"), m_form);
    m_unitMl->setRange(0, 1000);
    m_unitMl->setDecimals(2);
    m_unitMl->setSuffix(tr(" mL"));
    form->addRow(tr("&Volume of one unit:"), m_unitMl);
    m_lowStock->setRange(0, 100000);
    form->addRow(tr("&Low stock at (units):"), m_lowStock);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What it holds (catalog ingredients):"), this));
    m_components->setHorizontalHeaderLabels({tr("Ingredient"), tr("Concentration")});
    m_components->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_components->verticalHeader()->setVisible(false);
    layout->addWidget(m_components, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add ingredient"), this),
         *remove = new QPushButton(tr("&Remove ingredient"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] { addComponent({}, {}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_components->currentRow() >= 0)
            m_components->removeRow(m_components->currentRow());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addComponent({}, {});
}

void ProductDialog::addComponent(const QString &ingredient, const QString &concentration)
{
    const int row = m_components->rowCount();
    m_components->insertRow(row);
    auto *box = new QComboBox(m_components);
    const std::string lang = ss(QLocale().name().left(2));
    for (const core::Ingredient &i : m_services.catalog.current(m_user)->ingredients)
        box->addItem(qs(i.name.in(lang)), qs(i.id));
    box->setCurrentIndex(std::max(0, box->findData(ingredient)));
    m_components->setCellWidget(row, 0, box);
    m_components->setItem(row, 1, new QTableWidgetItem(concentration));
}

void ProductDialog::setProduct(const records::ProductRecord &p)
{
    m_name->setText(p.name);
    m_manufacturer->setText(p.manufacturer);
    m_form->setCurrentIndex(std::max(0, m_form->findData(p.form)));
    m_unitMl->setValue(p.unitMl);
    m_lowStock->setValue(p.lowStockUnits);
    m_components->setRowCount(0);
    for (const records::ProductComponent &c : p.components)
        addComponent(c.ingredient, c.concentration);
}

bool ProductDialog::save()
{
    records::ProductRecord p;
    p.name = m_name->text();
    p.manufacturer = m_manufacturer->text();
    p.form = m_form->currentData().toString();
    p.unitMl = m_unitMl->value();
    p.lowStockUnits = m_lowStock->value();
    for (int row = 0; row < m_components->rowCount(); ++row)
        p.components.push_back(
            {qobject_cast<QComboBox *>(m_components->cellWidget(row, 0))->currentData().toString(),
             m_components->item(row, 1) ? m_components->item(row, 1)->text() : QString()});
    try {
        m_saved = m_services.stock.addProduct(m_user, p);
    } catch (const std::exception &e) {
        m_message->setText(tr("Not saved: %1").arg(refusal(e)));
        return false;
    }
    return true;
}

QString ProductDialog::message() const
{
    return m_message->text();
}

// --- Receive lot ---------------------------------------------------------------------------

ReceiveLotDialog::ReceiveLotDialog(clinic::Services &services, clinic::ActingUser user,
                                   QWidget *parent)
    : QDialog(parent), m_services(services), m_user(std::move(user)),
      m_product(new QComboBox(this)), m_lot(new QLineEdit(this)), m_supplier(new QLineEdit(this)),
      m_expiry(new QDateEdit(QDate::currentDate().addYears(1), this)),
      m_received(new QDateEdit(QDate::currentDate(), this)), m_units(new QSpinBox(this)),
      m_message(messageLabel(this))
{
    setWindowTitle(tr("Receive lot"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    for (const records::ProductRecord &p : services.stock.products(m_user))
        m_product->addItem(tr("%1 (%2)").arg(p.name, p.manufacturer), p.id);
    form->addRow(tr("&Product:"), m_product);
    form->addRow(tr("&Lot number:"), m_lot);
    m_expiry->setCalendarPopup(true);
    form->addRow(tr("&Expiry:"), m_expiry);
    m_units->setRange(1, 100000);
    form->addRow(tr("&Units received:"), m_units);
    form->addRow(tr("&Supplier:"), m_supplier);
    m_received->setCalendarPopup(true);
    m_received->setMaximumDate(QDate::currentDate());
    form->addRow(tr("&Received on:"), m_received);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_product->count() == 0)
        m_message->setText(tr("Add the product first (Stock → Add product…)."));
}

void ReceiveLotDialog::setLot(const records::LotRecord &lot)
{
    m_product->setCurrentIndex(m_product->findData(lot.productId));
    m_lot->setText(lot.lotNumber);
    m_expiry->setDate(lot.expiry);
    m_units->setValue(lot.unitsReceived);
    m_supplier->setText(lot.supplier);
}

bool ReceiveLotDialog::save()
{
    records::LotRecord lot;
    lot.productId = m_product->currentData().toLongLong();
    lot.lotNumber = m_lot->text();
    lot.expiry = m_expiry->date();
    lot.unitsReceived = m_units->value();
    lot.supplier = m_supplier->text().trimmed();
    lot.receivedOn = m_received->date();
    try {
        m_services.stock.receiveLot(m_user, lot);
    } catch (const std::exception &e) {
        m_message->setText(tr("Not saved: %1").arg(refusal(e)));
        return false;
    }
    return true;
}

QString ReceiveLotDialog::message() const
{
    return m_message->text();
}

// --- Trace lot -----------------------------------------------------------------------------

TraceLotDialog::TraceLotDialog(clinic::Services &services, clinic::ActingUser user, QWidget *parent)
    : QDialog(parent), m_services(services), m_user(std::move(user)), m_lot(new QLineEdit(this)),
      m_model(new QStandardItemModel(this)), m_message(new QLabel(this)),
      m_export(new QPushButton(tr("&Export CSV…"), this))
{
    setWindowTitle(tr("Trace lot"));
    resize(900, 520);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *traceButton = new QPushButton(tr("&Trace"), this);
    bar->addWidget(new QLabel(tr("&Lot number:"), this));
    qobject_cast<QLabel *>(bar->itemAt(0)->widget())->setBuddy(m_lot);
    bar->addWidget(m_lot, 1);
    bar->addWidget(traceButton);
    layout->addLayout(bar);
    m_model->setHorizontalHeaderLabels(
        {tr("Patient"), tr("Born"), tr("Session"), tr("Area"), tr("Volume"), tr("Product")});
    auto *view = new QTableView(this);
    view->setModel(m_model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(view, 1);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    m_export->setEnabled(false);
    connect(traceButton, &QPushButton::clicked, this, [this] { trace(m_lot->text()); });
    connect(m_lot, &QLineEdit::returnPressed, this, [this] { trace(m_lot->text()); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const CsvFile file = askCsvFile(this, tr("Export the lot's trace"),
                                        tr("lot-%1.csv").arg(m_lot->text().trimmed()));
        if (!file.path.isEmpty())
            exportCsv(file.path, file.format);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool TraceLotDialog::trace(const QString &lotNumber)
{
    m_lot->setText(lotNumber);
    m_model->removeRows(0, m_model->rowCount());
    m_rows.clear();
    m_export->setEnabled(false);
    try {
        m_rows = m_services.stock.trace(m_user, lotNumber);
    } catch (const std::exception &e) {
        m_message->setText(tr("Refused: %1").arg(refusal(e)));
        return false;
    }
    const QLocale locale;
    const auto catalog = m_services.catalog.current(m_user);
    const std::string lang = ss(locale.name().left(2));
    std::set<qint64> patients;
    for (const records::LotTraceRow &r : m_rows) {
        patients.insert(r.patientId);
        QList<QStandardItem *> row;
        for (const QString &text :
             {tr("%1 %2").arg(r.familyName.toUpper(), r.givenNames),
              locale.toString(r.birthDate, QLocale::ShortFormat),
              locale.toString(r.performedOn, QLocale::ShortFormat),
              nameOf(catalog->areas, ss(r.area), lang), millilitres(r.volumeMl),
              tr("%1 (lot %2)").arg(r.productName, r.lotNumber)})
            row << new QStandardItem(text);
        m_model->appendRow(row);
    }
    m_message->setText(tr("Lot %1: %n patient(s)", nullptr, static_cast<int>(patients.size()))
                           .arg(lotNumber.trimmed()) +
                       QStringLiteral(", ") +
                       tr("%n session line(s).", nullptr, static_cast<int>(m_rows.size())));
    m_export->setEnabled(true);
    return true;
}

bool TraceLotDialog::exportCsv(const QString &path, const clinic::CsvFormat &format)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        clinic::StockService::writeTraceCsv(m_rows, file, format);
        if (file.commit()) {
            m_message->setText(tr("Saved %1").arg(path));
            return true;
        }
    }
    m_message->setText(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return false;
}

QString TraceLotDialog::message() const
{
    return m_message->text();
}

} // namespace meso::ui
