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
class QTabWidget;

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
    void reload() { refresh(All); }

    // What the tabs show and was not saved yet: opening hours, a closure typed but not added, the
    // room being edited, the practitioner shown.
    bool hasUnsavedEdits() const;
    // Saves each of those (the setup assistant's Next); on a refusal, shows its tab and message
    // and returns false, what was saved before it staying saved.
    bool saveEdits();

    // With unsaved edits, asks whether to save them: true when they were saved or discarded
    // (leaving is fine), false on Cancel or when saving was refused.
    bool confirmLeaving();
    // Closing with unsaved edits asks whether to save them.
    void reject() override;
    // Reads the practitioners again (the setup assistant: accounts added meanwhile), keeping
    // every tab's edits.
    void reloadPractitioners() { refresh(PractitionerList); }

private:
    // The parts of the dialog read again after a change: only the part saved, so that a save
    // keeps what the other tabs show unsaved.
    enum Part
    {
        Hours = 1,
        Closures = 2,
        Rooms = 4,
        Practitioners = 8, // the list, and the practitioner shown
        All = Hours | Closures | Rooms | Practitioners,
        PractitionerList = 16, // the list only: the practitioner shown keeps their fields
    };
    void refresh(int parts);
    enum class Answer
    {
        Save,
        Discard,
        Cancel
    };
    Answer askAboutEdits();
    void showPractitioner();
    void showRoom();
    void selectRoom(qint64 id); // 0: none (a new room), without asking
    bool hoursEdited() const;
    bool practitionerEdited() const;
    bool roomEdited() const;
    // A week's fields as read back (an unreadable field kept as typed), to compare.
    static QStringList weekText(const std::array<QLineEdit *, 7> &edits);
    bool attempt(const std::function<void()> &action, const QString &done, int parts);
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
    QTabWidget *m_tabs;
    // What was last read from the setup, to tell edits from it.
    QStringList m_openingShown, m_hoursShown, m_protocolsShown;
    int m_bufferShown = 0;
    qint64 m_practitionerShown = 0;
    struct RoomShown
    {
        qint64 id = 0; // 0: a new room
        QString name;
        QStringList equipment;
        bool active = true;
        bool operator==(const RoomShown &) const = default;
    } m_roomShown;
    RoomShown roomOnScreen() const;
};

} // namespace meso::ui
