#include "clinicsetupdialog.h"

#include "windowsize.h"

#include "clinic/clinictime.h"
#include "clinic/services.h"
#include "clinic/validationerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace meso::ui {

namespace {

QString hhmm(int minutes)
{
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Seven weekday rows of "HH:MM-HH:MM, ..." fields in a form.
std::array<QLineEdit *, 7> weekRows(QFormLayout *form, QWidget *parent)
{
    std::array<QLineEdit *, 7> edits{};
    for (int d = 1; d <= 7; ++d) {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(ClinicSetupDialog::tr("closed"));
        form->addRow(ClinicSetupDialog::tr("%1:", "a day's label in the opening hours")
                         .arg(QLocale().dayName(d)),
                     edit);
        edits[static_cast<size_t>(d - 1)] = edit;
    }
    return edits;
}

// Items as (id, label) pairs; the ids of those checked are read back.
void checkableList(QListWidget *list, const QList<QPair<QString, QString>> &items,
                   const QStringList &checked)
{
    list->clear();
    for (const auto &[id, label] : items) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<QPair<QString, QString>> named(const std::vector<clinic::EquipmentChoice> &equipment)
{
    QList<QPair<QString, QString>> out;
    for (const clinic::EquipmentChoice &e : equipment)
        out.append({e.id, e.name});
    return out;
}

QStringList checkedItems(const QListWidget *list)
{
    QStringList out;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            out << list->item(row)->data(Qt::UserRole).toString();
    }
    return out;
}

} // namespace

QString ClinicSetupDialog::windowsText(const std::vector<core::DayWindow> &windows)
{
    QStringList parts;
    for (const core::DayWindow &w : windows)
        parts << hhmm(w.start) + QLatin1Char('-') + hhmm(w.end);
    return parts.join(QStringLiteral(", "));
}

std::vector<core::DayWindow> ClinicSetupDialog::parseWindows(const QString &text, bool &ok)
{
    ok = true;
    std::vector<core::DayWindow> windows;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QTime from = QTime::fromString(part.section(QLatin1Char('-'), 0, 0).trimmed(),
                                             QStringLiteral("HH:mm"));
        const QTime to =
            QTime::fromString(part.section(QLatin1Char('-'), 1).trimmed(), QStringLiteral("HH:mm"));
        if (!from.isValid() || !to.isValid() || from >= to) {
            ok = false;
            return {};
        }
        windows.push_back({from.hour() * 60 + from.minute(), to.hour() * 60 + to.minute()});
    }
    return windows;
}

ClinicSetupDialog::ClinicSetupDialog(clinic::Services &services, clinic::ActingUser user,
                                     QWidget *parent)
    : QDialog(parent), m_services(services), m_user(std::move(user)), m_buffer(new QSpinBox(this)),
      m_closures(new QListWidget(this)), m_rooms(new QListWidget(this)),
      m_equipment(new QListWidget(this)), m_protocols(new QListWidget(this)),
      m_closureDate(new QDateEdit(QDate::currentDate(), this)),
      m_closureReason(new QLineEdit(this)), m_roomName(new QLineEdit(this)),
      m_roomActive(new QCheckBox(tr("In use (bookable)"), this)),
      m_practitioner(new QComboBox(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Clinic setup"));
    fitToScreen(this, {900, 560}); // room for the protocols' names beside the hours
    for (QListWidget *list : {m_equipment, m_protocols}) {
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    auto *layout = new QVBoxLayout(this);
    auto *tabs = m_tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    auto *hoursTab = new QWidget(tabs);
    auto *hoursForm = new QFormLayout(hoursTab);
    hoursForm->addRow(
        new QLabel(tr("Opening hours, as 09:00-13:00, 14:00-18:00 (empty: closed)"), hoursTab));
    m_opening = weekRows(hoursForm, hoursTab);
    m_buffer->setRange(0, 120);
    m_buffer->setSuffix(tr(" min"));
    hoursForm->addRow(tr("Set-up time added to each session:"), m_buffer);
    auto *saveHoursButton = new QPushButton(tr("Save opening hours"), hoursTab);
    hoursForm->addRow(QString(), saveHoursButton);
    tabs->addTab(hoursTab, tr("Opening hours"));

    auto *closuresTab = new QWidget(tabs);
    auto *closuresLayout = new QVBoxLayout(closuresTab);
    closuresLayout->addWidget(m_closures, 1);
    auto *closureRow = new QHBoxLayout;
    m_closureDate->setCalendarPopup(true);
    m_closureReason->setPlaceholderText(tr("Reason, e.g. public holiday"));
    auto *addClosureButton = new QPushButton(tr("Close that day"), closuresTab);
    auto *removeClosureButton = new QPushButton(tr("Reopen selected"), closuresTab);
    for (QWidget *w : std::initializer_list<QWidget *>{m_closureDate, m_closureReason,
                                                       addClosureButton, removeClosureButton})
        closureRow->addWidget(w);
    closuresLayout->addLayout(closureRow);
    tabs->addTab(closuresTab, tr("Closures"));

    auto *roomsTab = new QWidget(tabs);
    auto *roomsLayout = new QHBoxLayout(roomsTab);
    // A room's equipment is a long line in French: wrapped, never cut behind a scroll bar.
    m_rooms->setWordWrap(true);
    m_rooms->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    roomsLayout->addWidget(m_rooms, 1);
    auto *roomForm = new QFormLayout;
    m_roomName->setObjectName(QStringLiteral("roomName"));
    roomForm->addRow(tr("Name:"), m_roomName);
    roomForm->addRow(tr("Equipment:"), m_equipment);
    roomForm->addRow(QString(), m_roomActive);
    auto *saveRoomButton = new QPushButton(tr("Save room"), roomsTab),
         *newRoomButton = new QPushButton(tr("New room"), roomsTab);
    auto *roomButtons = new QHBoxLayout;
    roomButtons->addWidget(newRoomButton);
    roomButtons->addWidget(saveRoomButton);
    roomForm->addRow(QString(), roomButtons);
    roomsLayout->addLayout(roomForm, 1);
    tabs->addTab(roomsTab, tr("Rooms"));

    auto *peopleTab = new QWidget(tabs);
    auto *peopleLayout = new QHBoxLayout(peopleTab);
    auto *peopleForm = new QFormLayout;
    auto *addPractitionerButton = new QPushButton(tr("Add practitioner…"), peopleTab);
    auto *who = new QHBoxLayout;
    who->addWidget(m_practitioner, 1);
    who->addWidget(addPractitionerButton);
    peopleForm->addRow(tr("Practitioner:"), who);
    m_hours = weekRows(peopleForm, peopleTab);
    auto *savePractitionerButton = new QPushButton(tr("Save practitioner"), peopleTab);
    peopleForm->addRow(QString(), savePractitionerButton);
    peopleLayout->addLayout(peopleForm, 3);
    auto *protocolsBox = new QVBoxLayout;
    protocolsBox->addWidget(new QLabel(tr("Protocols performed (none ticked: all)"), peopleTab));
    protocolsBox->addWidget(m_protocols, 1);
    peopleLayout->addLayout(protocolsBox, 2);
    tabs->addTab(peopleTab, tr("Practitioners"));

    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);

    connect(saveHoursButton, &QPushButton::clicked, this, &ClinicSetupDialog::saveHours);
    connect(addClosureButton, &QPushButton::clicked, this,
            [this] { addClosure(m_closureDate->date(), m_closureReason->text()); });
    connect(removeClosureButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_closures->currentItem()) {
            const QDate date = item->data(Qt::UserRole).toDate();
            attempt([this, date] { m_services.clinicSetup.setClosure(m_user, date, QString()); },
                    tr("Reopened."), Closures);
        }
    });
    // Leaving a room or a practitioner with edits asks first; Cancel stays on it.
    connect(m_rooms, &QListWidget::currentRowChanged, this, [this] {
        if (roomEdited()) {
            // The fields still show the room left, as edited; the row clicked is where to go.
            const QListWidgetItem *clicked = m_rooms->currentItem();
            const qint64 next = clicked ? clicked->data(Qt::UserRole).toLongLong() : 0;
            const RoomShown edited = roomOnScreen();
            const Answer answer = askAboutEdits();
            if (answer == Answer::Cancel ||
                (answer == Answer::Save &&
                 !saveRoom(edited.name, edited.equipment, edited.id, edited.active))) {
                selectRoom(m_roomShown.id);
                return;
            }
            if (answer == Answer::Save)
                selectRoom(next); // the save read the list again, at the room saved
        }
        showRoom();
    });
    connect(newRoomButton, &QPushButton::clicked, this, [this] {
        if (roomEdited()) {
            const RoomShown edited = roomOnScreen();
            const Answer answer = askAboutEdits();
            if (answer == Answer::Cancel ||
                (answer == Answer::Save &&
                 !saveRoom(edited.name, edited.equipment, edited.id, edited.active)))
                return;
        }
        selectRoom(0);
        showRoom();
    });
    connect(saveRoomButton, &QPushButton::clicked, this, [this] {
        const RoomShown room = roomOnScreen();
        saveRoom(room.name, room.equipment, room.id, room.active);
    });
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, [this] {
        if (practitionerEdited()) {
            const Answer answer = askAboutEdits();
            if (answer == Answer::Cancel || (answer == Answer::Save && !savePractitioner())) {
                const QSignalBlocker blocker(m_practitioner);
                m_practitioner->setCurrentIndex(m_practitioner->findData(m_practitionerShown));
                return;
            }
        }
        showPractitioner();
    });
    connect(savePractitionerButton, &QPushButton::clicked, this,
            &ClinicSetupDialog::savePractitioner);
    connect(addPractitionerButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add practitioner"),
                                                   tr("Name, as shown in the calendar:"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const QString username =
            QInputDialog::getText(this, tr("Add practitioner"), tr("User name (lower case):"),
                                  QLineEdit::Normal, QString(), &ok);
        if (ok) {
            attempt([this, name,
                     username] { m_services.clinicSetup.addPractitioner(m_user, username, name); },
                    tr("Added; now give their working hours."), PractitionerList);
            m_practitioner->setCurrentIndex(m_practitioner->findText(name.trimmed()));
        }
    });
    reload();
}

QString ClinicSetupDialog::message() const
{
    return m_message->text();
}

void ClinicSetupDialog::refresh(int parts)
{
    const clinic::ClinicSetup setup = m_services.clinicSetup.setup(m_user);
    if (parts & Hours) {
        for (size_t d = 0; d < 7; ++d)
            m_opening[d]->setText(windowsText(setup.opening[d]));
        m_buffer->setValue(setup.bufferMinutes);
        m_openingShown = weekText(m_opening);
        m_bufferShown = setup.bufferMinutes;
    }
    if (parts & Closures) {
        m_closures->clear();
        const QLocale locale;
        for (const auto &[date, reason] : setup.closures) {
            auto *item = new QListWidgetItem(
                tr("%1: %2").arg(locale.toString(date, QLocale::LongFormat), reason), m_closures);
            item->setData(Qt::UserRole, date);
        }
    }
    if (parts & Rooms) {
        const qint64 keepId = m_roomShown.id; // stays selected
        const QSignalBlocker roomsBlocker(m_rooms);
        m_rooms->clear();
        const std::vector<clinic::EquipmentChoice> equipment =
            m_services.clinicSetup.equipment(m_user);
        int row = 0;
        for (const auto &r : setup.rooms) {
            QStringList names;
            for (const QString &id : r.equipment) {
                const auto e = std::find_if(equipment.begin(), equipment.end(),
                                            [&](const auto &c) { return c.id == id; });
                names << (e != equipment.end() ? e->name : id);
            }
            auto *item = new QListWidgetItem(
                r.active ? tr("%1 (%2)").arg(r.name, names.join(QStringLiteral(", ")))
                         : tr("%1 (not in use)").arg(r.name),
                m_rooms);
            item->setData(Qt::UserRole, r.id);
            item->setData(Qt::UserRole + 1, r.name);
            item->setData(Qt::UserRole + 2, r.equipment);
            item->setData(Qt::UserRole + 3, r.active);
            if (r.id == keepId)
                row = m_rooms->count() - 1;
        }
        m_rooms->setCurrentRow(m_rooms->count() ? row : -1);
        showRoom();
    }
    if (parts & (Practitioners | PractitionerList)) {
        {
            const QSignalBlocker blocker(m_practitioner);
            const qint64 keep = m_practitioner->currentData().toLongLong();
            m_practitioner->clear();
            for (const auto &p : setup.practitioners)
                m_practitioner->addItem(p.displayName, p.userId);
            m_practitioner->setCurrentIndex(std::max(0, m_practitioner->findData(keep)));
        }
        if ((parts & Practitioners) || m_practitionerShown == 0)
            showPractitioner();
    }
}

void ClinicSetupDialog::showPractitioner()
{
    const clinic::ClinicSetup setup = m_services.clinicSetup.setup(m_user);
    const qint64 id = m_practitioner->currentData().toLongLong();
    QStringList protocols;
    for (const auto &p : setup.practitioners) {
        if (p.userId != id)
            continue;
        const core::WeekHours hours = p.hours.isEmpty()
                                          ? core::WeekHours{}
                                          : clinic::parseHours(p.hours, QStringLiteral("hours"));
        for (size_t d = 0; d < 7; ++d)
            m_hours[d]->setText(windowsText(hours[d]));
        protocols = p.protocols;
    }
    QList<QPair<QString, QString>> all;
    const std::string lang = QLocale().name().left(2).toStdString();
    for (const core::Protocol &p : m_services.plans.catalog(m_user)->protocols)
        all.append({QString::fromStdString(p.id), QString::fromStdString(p.name.in(lang))});
    checkableList(m_protocols, all, protocols);
    m_practitionerShown = id;
    m_hoursShown = weekText(m_hours);
    m_protocolsShown = checkedItems(m_protocols);
}

void ClinicSetupDialog::showRoom()
{
    const QListWidgetItem *item = m_rooms->currentItem();
    m_roomName->setText(item ? item->data(Qt::UserRole + 1).toString() : QString());
    m_roomActive->setChecked(item ? item->data(Qt::UserRole + 3).toBool() : true);
    checkableList(m_equipment, named(m_services.clinicSetup.equipment(m_user)),
                  item ? item->data(Qt::UserRole + 2).toStringList() : QStringList());
    m_roomShown = roomOnScreen();
    m_roomShown.id = item ? item->data(Qt::UserRole).toLongLong() : 0;
}

ClinicSetupDialog::RoomShown ClinicSetupDialog::roomOnScreen() const
{
    return {m_roomShown.id, m_roomName->text(), checkedItems(m_equipment),
            m_roomActive->isChecked()};
}

QStringList ClinicSetupDialog::weekText(const std::array<QLineEdit *, 7> &edits)
{
    QStringList days;
    for (const QLineEdit *edit : edits) {
        bool ok = false;
        const auto windows = parseWindows(edit->text(), ok);
        days << (ok ? windowsText(windows) : QLatin1Char('?') + edit->text());
    }
    return days;
}

bool ClinicSetupDialog::hoursEdited() const
{
    return weekText(m_opening) != m_openingShown || m_buffer->value() != m_bufferShown;
}

bool ClinicSetupDialog::practitionerEdited() const
{
    return m_practitionerShown != 0 &&
           (weekText(m_hours) != m_hoursShown || checkedItems(m_protocols) != m_protocolsShown);
}

bool ClinicSetupDialog::roomEdited() const
{
    const RoomShown now = roomOnScreen();
    if (m_roomShown.id == 0) // a new room: edited once named or equipped
        return !now.name.trimmed().isEmpty() || !now.equipment.isEmpty();
    return now.name.trimmed() != m_roomShown.name || now.equipment != m_roomShown.equipment ||
           now.active != m_roomShown.active;
}

bool ClinicSetupDialog::hasUnsavedEdits() const
{
    return hoursEdited() || !m_closureReason->text().trimmed().isEmpty() || roomEdited() ||
           practitionerEdited();
}

bool ClinicSetupDialog::saveEdits()
{
    // Every tab's edits read first (a field that does not read: its tab, saying why, nothing
    // saved), then saved together in one transaction: all, or none when one is refused.
    clinic::ClinicSetupChanges changes;
    if (hoursEdited()) {
        const auto hours = readHours(m_opening, tr("opening hours"));
        if (!hours) {
            m_tabs->setCurrentIndex(0);
            return false;
        }
        changes.opening = clinic::ClinicSetupChanges::Opening{*hours, m_buffer->value()};
    }
    if (!m_closureReason->text().trimmed().isEmpty())
        changes.closure =
            clinic::ClinicSetupChanges::Closure{m_closureDate->date(), m_closureReason->text()};
    if (roomEdited()) {
        const RoomShown room = roomOnScreen();
        changes.room = records::RoomRecord{room.id, room.name, room.equipment, room.active};
    }
    if (practitionerEdited()) {
        const auto hours = readHours(m_hours, tr("working hours"));
        if (!hours) {
            m_tabs->setCurrentIndex(3);
            return false;
        }
        changes.practitioner = clinic::ClinicSetupChanges::Practitioner{m_practitionerShown, *hours,
                                                                        checkedItems(m_protocols)};
    }
    if (!changes.opening && !changes.closure && !changes.room && !changes.practitioner)
        return true;
    QString field;
    const bool saved = attempt(
        [this, &changes, &field] {
            try {
                const qint64 room = m_services.clinicSetup.saveChanges(m_user, changes);
                if (changes.room)
                    m_roomShown.id = room;
            } catch (const clinic::ValidationError &e) {
                field = e.field();
                throw;
            }
        },
        tr("Saved."), All);
    if (saved) {
        m_closureReason->clear();
        return true;
    }
    // The tab of what was refused.
    m_tabs->setCurrentIndex(field.startsWith(QLatin1String("closure"))        ? 1
                            : field.startsWith(QLatin1String("room"))         ? 2
                            : field.startsWith(QLatin1String("practitioner")) ? 3
                                                                              : 0);
    return false;
}

bool ClinicSetupDialog::confirmLeaving()
{
    if (!hasUnsavedEdits())
        return true;
    const Answer answer = askAboutEdits();
    return answer == Answer::Discard || (answer == Answer::Save && saveEdits());
}

void ClinicSetupDialog::selectRoom(qint64 id)
{
    const QSignalBlocker blocker(m_rooms);
    m_rooms->setCurrentRow(-1);
    for (int row = 0; row < m_rooms->count(); ++row) {
        if (id != 0 && m_rooms->item(row)->data(Qt::UserRole).toLongLong() == id)
            m_rooms->setCurrentRow(row);
    }
}

ClinicSetupDialog::Answer ClinicSetupDialog::askAboutEdits()
{
    QMessageBox box(QMessageBox::Question, tr("Clinic setup"),
                    tr("Some changes are not saved yet. Save them?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    box.button(QMessageBox::Discard)->setText(tr("Don't save"));
    const int button = box.exec();
    return button == QMessageBox::Save      ? Answer::Save
           : button == QMessageBox::Discard ? Answer::Discard
                                            : Answer::Cancel;
}

void ClinicSetupDialog::reject()
{
    if (confirmLeaving())
        QDialog::reject();
}

bool ClinicSetupDialog::attempt(const std::function<void()> &action, const QString &done, int parts)
{
    try {
        action();
    } catch (const clinic::ValidationError &e) {
        m_message->setText(tr("Not saved: %1: %2").arg(e.field(), e.message()));
        return false;
    } catch (const std::exception &e) {
        m_message->setText(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    refresh(parts);
    m_message->setText(done);
    return true;
}

std::optional<core::WeekHours> ClinicSetupDialog::readHours(const std::array<QLineEdit *, 7> &edits,
                                                            const QString &field)
{
    core::WeekHours hours;
    for (size_t d = 0; d < 7; ++d) {
        bool ok = false;
        hours[d] = parseWindows(edits[d]->text(), ok);
        if (!ok) {
            m_message->setText(tr("Not saved: %1 on %2: expected HH:MM-HH:MM windows separated by "
                                  "commas, the start "
                                  "before the end")
                                   .arg(field, QLocale().dayName(static_cast<int>(d) + 1)));
            return std::nullopt;
        }
    }
    return hours;
}

bool ClinicSetupDialog::saveHours()
{
    const auto hours = readHours(m_opening, tr("opening hours"));
    return hours &&
           attempt(
               [this, &hours] {
                   m_services.clinicSetup.setOpeningHours(m_user, *hours, m_buffer->value());
               },
               tr("Opening hours saved."), Hours);
}

bool ClinicSetupDialog::addClosure(const QDate &date, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        m_message->setText(
            tr("Not saved: closure.reason: expected the reason the clinic is closed"));
        return false;
    }
    if (!attempt([this, date, reason] { m_services.clinicSetup.setClosure(m_user, date, reason); },
                 tr("Closure saved."), Closures))
        return false;
    m_closureReason->clear();
    return true;
}

bool ClinicSetupDialog::saveRoom(const QString &name, const QStringList &equipment, qint64 id,
                                 bool active)
{
    return attempt(
        [this, &name, &equipment, id, active] {
            // The room saved is the one shown afterwards.
            m_roomShown.id = m_services.clinicSetup.saveRoom(m_user, {id, name, equipment, active});
        },
        tr("Room saved."), Rooms);
}

bool ClinicSetupDialog::savePractitioner()
{
    const qint64 id = m_practitionerShown; // the one whose hours the fields show
    const auto hours = readHours(m_hours, tr("working hours"));
    return id && hours &&
           attempt(
               [this, id, &hours] {
                   m_services.clinicSetup.saveProfile(m_user, id, *hours,
                                                      checkedItems(m_protocols));
               },
               tr("Practitioner saved."), Practitioners);
}

} // namespace meso::ui
