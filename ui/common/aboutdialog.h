#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

class QLabel;

namespace meso::clinic {
class ClinicDatabase;
struct ActingUser;
} // namespace meso::clinic

namespace meso::ui {

// Help → About MesoPlan: what support asks first. The program's version, the catalog in use
// (version and edition), the database (where, which schema), Qt's version, the licence, and the
// log file (logfile.h).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const clinic::ClinicDatabase &db, const clinic::ActingUser &user,
                QWidget *parent = nullptr);

    // The facts shown, as label and value (for the tests).
    const std::vector<std::pair<QString, QString>> &facts() const { return m_facts; }

private:
    std::vector<std::pair<QString, QString>> m_facts;
};

} // namespace meso::ui
