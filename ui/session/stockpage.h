#pragma once

#include "csvfile.h"

#include "clinic/actinguser.h"
#include "records/sessionrecords.h"

#include <QDialog>
#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

// The Stock page: every lot received, soonest expiry first, with what is left and its flags
// (expired, expires soon, used up, low stock of its product), and the actions "Add product…",
// "Receive lot…" and "Trace lot…". Every role sees stock; the services check each action.
class StockPage : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        ProductColumn,
        LotColumn,
        ExpiryColumn,
        LeftColumn,
        ReceivedColumn,
        SupplierColumn,
        FlagsColumn
    };

    StockPage(clinic::Services &services, clinic::ActingUser user, QWidget *parent = nullptr);

    Q_INVOKABLE void refresh();
    QStandardItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString message() const;

    void addProduct();
    void receiveLot();
    void traceLot();

private:
    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
};

// "Add product": name, manufacturer, form, unit volume, low-stock threshold, and the catalog
// ingredients it holds with their concentrations.
class ProductDialog : public QDialog
{
    Q_OBJECT
public:
    ProductDialog(clinic::Services &services, clinic::ActingUser user, QWidget *parent = nullptr);

    void setProduct(const records::ProductRecord &p);
    // Saves the product; false, with the reason shown, when refused.
    bool save();
    QString message() const;
    const records::ProductRecord &saved() const { return m_saved; }

private:
    void addComponent(const QString &ingredient, const QString &concentration);

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QLineEdit *m_name, *m_manufacturer;
    QComboBox *m_form;
    QDoubleSpinBox *m_unitMl;
    QSpinBox *m_lowStock;
    QTableWidget *m_components;
    QLabel *m_message;
    records::ProductRecord m_saved;
};

// "Receive lot": a delivery of a product: lot number, expiry, units, supplier, day received.
class ReceiveLotDialog : public QDialog
{
    Q_OBJECT
public:
    ReceiveLotDialog(clinic::Services &services, clinic::ActingUser user,
                     QWidget *parent = nullptr);

    void setLot(const records::LotRecord &lot);
    bool save();
    QString message() const;

private:
    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QComboBox *m_product;
    QLineEdit *m_lot, *m_supplier;
    QDateEdit *m_expiry, *m_received;
    QSpinBox *m_units;
    QLabel *m_message;
};

// "Trace lot": for a manufacturer's recall, every patient, session, date, area and volume that
// used a lot, with the export the recall asks for (CSV). Each trace is audited.
class TraceLotDialog : public QDialog
{
    Q_OBJECT
public:
    TraceLotDialog(clinic::Services &services, clinic::ActingUser user, QWidget *parent = nullptr);

    // Traces the lot; false, with the reason shown, when refused.
    bool trace(const QString &lotNumber);
    // Writes the trace shown as CSV; false when the file cannot be written.
    bool exportCsv(const QString &path, const clinic::CsvFormat &format = spreadsheetCsv());
    QStandardItemModel *model() const { return m_model; }
    QString message() const;

private:
    clinic::Services &m_services;
    clinic::ActingUser m_user;
    QLineEdit *m_lot;
    QStandardItemModel *m_model;
    QLabel *m_message;
    QPushButton *m_export;
    std::vector<records::LotTraceRow> m_rows;
};

} // namespace meso::ui
