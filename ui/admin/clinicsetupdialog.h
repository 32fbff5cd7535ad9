#pragma once

#include "clinic/actinguser.h"
#include "core/scheduler.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace meso::clinic {
struct Services;
}

namespace meso::ui {

// The clinic as booking needs it: opening hours and the set-up buffer, closures, rooms and their
// equipment, practitioners' working hours and protocols. Each tab saves on its own, in one
// transaction; the booking service checks every value (and who may change it).
class ClinicSetupDialog : public QDialog
{
    Q_OBJECT
public:
    ClinicSetupDialog(clinic::Services &services, clinic::ActingUser user,
                      QWidget *parent = nullptr);

    // "09:00-13:00, 14:00-18:00" per weekday, and back; empty: closed.
    static QString windowsText(const std::vector<core::DayWindow> &windows);
    static std::vector<core::DayWindow> parseWindows(const QString &text, bool &ok);

    QString message() const;
    QLineEdit *openingEdit(int weekday) const
    {
        return m_opening[static_cast<size_t>(weekday - 1)];
    }
    QSpinBox *bufferBox() const { return m_buffer; }
    bool saveHours();
    bool addClosure(const QDate &date, const QString &reason);
    bool saveRoom(const QString &name, const QStringList &equipment, qint64 id = 0,
                  bool active = true);
    QComboBox *practitionerBox() const { return m_practitioner; }
    QLineEdit *practitionerHoursEdit(int weekday) const
    {
        return m_hours[static_cast<size_t>(weekday - 1)];
    }
    QListWidget *protocolList() const { return m_protocols; }
    QListWidget *roomList() const { return m_rooms; }
    bool savePractitioner();

    // Reads the setup again (the setup assistant: practitioners added meanwhile).
    void reload();

private:
    void showPractitioner();
    bool attempt(const std::function<void()> &action, const QString &done);
    std::optional<core::WeekHours> readHours(const std::array<QLineEdit *, 7> &edits,
                                             const QString &field);

    clinic::Services &m_services;
    clinic::ActingUser m_user;
    std::array<QLineEdit *, 7> m_opening{}, m_hours{};
    QSpinBox *m_buffer;
    QListWidget *m_closures, *m_rooms, *m_equipment, *m_protocols;
    QDateEdit *m_closureDate;
    QLineEdit *m_closureReason, *m_roomName;
    QCheckBox *m_roomActive;
    QComboBox *m_practitioner;
    QLabel *m_message;
};

} // namespace meso::ui
