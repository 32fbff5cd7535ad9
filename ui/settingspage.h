#pragma once

#include "clinic/actinguser.h"

#include <QWidget>

class QFormLayout;

namespace meso::store {
class Database;
}
namespace meso::clinic {
class CatalogService;
}

namespace meso::ui {

// Where the data lives and which catalog is loaded.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(const store::Database &db, clinic::CatalogService &catalog, clinic::ActingUser user,
                 QWidget *parent = nullptr);
    void reload();

private:
    const store::Database &m_db;
    clinic::CatalogService &m_catalog;
    clinic::ActingUser m_user;
    QFormLayout *m_form;
};

} // namespace meso::ui
