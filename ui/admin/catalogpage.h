#pragma once

#include "clinic/actinguser.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;

namespace meso::clinic {
class CatalogService;
}

namespace meso::ui {

class TableModel;

// The catalog, read-only: ingredients, protocols with their cocktails, rules with severity,
// message and source.
class CatalogPage : public QWidget
{
    Q_OBJECT
public:
    CatalogPage(clinic::CatalogService &catalog, clinic::ActingUser user,
                QWidget *parent = nullptr);

    Q_INVOKABLE void reload();
    TableModel *ingredientsModel() const { return m_ingredients; }
    TableModel *rulesModel() const { return m_rules; }
    TableModel *cocktailModel() const { return m_cocktail; }
    QListWidget *protocolList() const { return m_protocolList; }

private:
    void showProtocol(int row);

    clinic::CatalogService &m_catalog;
    clinic::ActingUser m_user;
    QString m_lang;
    TableModel *m_ingredients;
    TableModel *m_rules;
    TableModel *m_cocktail;
    QListWidget *m_protocolList;
    QLabel *m_protocolDetails;
    QLabel *m_header;
};

} // namespace meso::ui
