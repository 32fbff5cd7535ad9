#include "bookseriesdialog.h"

#include "clinic/clinictime.h"
#include "clinic/language.h"
#include "clinic/services.h"
#include "clinic/validationerror.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace meso::ui {

BookSeriesDialog::BookSeriesDialog(clinic::Services &services, clinic::ActingUser user,
                                   qint64 planId, const QString &summary, QWidget *parent)
    : QDialog(parent), m_services(services), m_user(std::move(user)), m_planId(planId),
      m_from(new QDateEdit(QDate::currentDate(), this)),
      m_anyTime(new QCheckBox(tr("Any time"), this)), m_timeFrom(new QTimeEdit(QTime(9, 0), this)),
      m_timeTo(new QTimeEdit(QTime(18, 0), this)), m_practitioner(new QComboBox(this)),
      m_onlyPractitioner(new QCheckBox(tr("Only this practitioner"), this)),
      m_model(new QStandardItemModel(this)), m_table(new QTableView(this)),
      m_message(new QLabel(this)), m_book(new QPushButton(tr("&Book all sessions"), this))
{
    setWindowTitle(tr("Book series"));
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(summary, this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    layout->addWidget(what);

    auto *form = new QFormLayout;
    m_from->setCalendarPopup(true);
    m_from->setMinimumDate(QDate::currentDate());
    form->addRow(tr("&From:"), m_from);
    auto *days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        m_weekdays[d - 1] = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), this);
        days->addWidget(m_weekdays[d - 1]);
    }
    days->addStretch(1);
    form->addRow(tr("Preferred days:"), days);
    auto *times = new QHBoxLayout;
    m_anyTime->setChecked(true);
    m_timeFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_timeTo->setDisplayFormat(QStringLiteral("HH:mm"));
    times->addWidget(m_anyTime);
    times->addWidget(new QLabel(tr("or between"), this));
    times->addWidget(m_timeFrom);
    times->addWidget(new QLabel(tr("and"), this));
    times->addWidget(m_timeTo);
    times->addStretch(1);
    form->addRow(tr("Preferred times:"), times);
    m_practitioner->addItem(tr("Anyone who performs the protocol"), 0);
    for (const auto &p : m_services.clinicSetup.setup(m_user).practitioners)
        m_practitioner->addItem(p.displayName, p.userId);
    auto *who = new QHBoxLayout;
    who->addWidget(m_practitioner, 1);
    who->addWidget(m_onlyPractitioner);
    auto *whoLabel = new QLabel(tr("&Practitioner:"), this);
    whoLabel->setBuddy(m_practitioner);
    form->addRow(whoLabel, who);
    layout->addLayout(form);
    auto *proposeButton = new QPushButton(tr("&Propose dates"), this);
    layout->addWidget(proposeButton, 0, Qt::AlignLeft);

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_book, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    for (QPushButton *b : findChildren<QPushButton *>())
        b->setAutoDefault(false);

    auto repropose = [this] { propose(); };
    connect(proposeButton, &QPushButton::clicked, this, repropose);
    connect(m_anyTime, &QCheckBox::toggled, this, [this](bool any) {
        m_timeFrom->setEnabled(!any);
        m_timeTo->setEnabled(!any);
    });
    m_timeFrom->setEnabled(false);
    m_timeTo->setEnabled(false);
    connect(m_book, &QPushButton::clicked, this, [this] {
        if (book())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    propose();
}

QString BookSeriesDialog::message() const
{
    return m_message->text();
}

clinic::BookingPreferences BookSeriesDialog::preferences() const
{
    clinic::BookingPreferences p;
    p.earliest = m_from->date();
    for (int d = 1; d <= 7; ++d) {
        if (m_weekdays[d - 1]->isChecked())
            p.weekdays.push_back(d);
    }
    if (!m_anyTime->isChecked()) {
        p.times.push_back({m_timeFrom->time().hour() * 60 + m_timeFrom->time().minute(),
                           m_timeTo->time().hour() * 60 + m_timeTo->time().minute()});
    }
    p.practitioner = m_practitioner->currentData().toLongLong();
    p.onlyPreferred = m_onlyPractitioner->isChecked();
    return p;
}

void BookSeriesDialog::propose()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Session"), tr("Date"), tr("Time"), tr("Practitioner"),
                                        tr("Room"), tr("Days from the ideal date")});
    m_proposal.reset();
    m_book->setEnabled(false);
    try {
        m_proposal = m_services.booking.propose(m_user, m_planId, preferences());
    } catch (const std::exception &e) {
        m_message->setText(QString::fromUtf8(e.what()));
        return;
    }
    if (!m_proposal->plan.found()) {
        m_message->setText(
            tr("No series fits: %1").arg(QString::fromStdString(m_proposal->plan.problem)));
        return;
    }
    const clinic::ClinicSetup setup = m_services.clinicSetup.setup(m_user);
    const QLocale locale;
    for (const core::ScheduledSession &s : m_proposal->plan.sessions) {
        const QDateTime start = clinic::toDateTime(s.span.start);
        const QDateTime end = clinic::toDateTime(s.span.end);
        QList<QStandardItem *> row;
        for (const QString &text :
             {QString::number(s.index + 1), locale.toString(start.date(), QLocale::LongFormat),
              tr("%1 to %2")
                  .arg(start.time().toString(QStringLiteral("HH:mm")),
                       end.time().toString(QStringLiteral("HH:mm"))),
              setup.practitionerName(s.practitioner), setup.roomName(s.room),
              QString::number(s.deviationDays)})
            row << new QStandardItem(text);
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    m_message->setText(clinic::joinClauses(
        {tr("%n session(s) proposed", nullptr, static_cast<int>(m_proposal->plan.sessions.size())),
         tr("%n day(s) from the ideal dates in all. Book them to confirm.", nullptr,
            m_proposal->plan.totalDeviationDays)}));
    m_book->setEnabled(true);
}

bool BookSeriesDialog::book()
{
    if (!m_proposal || !m_proposal->plan.found())
        return false;
    try {
        m_services.booking.book(m_user, m_planId, m_proposal->plan.sessions);
    } catch (const clinic::SlotTakenError &e) {
        // Another workstation booked one of these slots since they were proposed.
        propose();
        m_message->setText(tr("Not booked: %1. Here is a new proposal.").arg(e.message()));
        return false;
    } catch (const std::exception &e) {
        m_message->setText(tr("Not booked: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    return true;
}

} // namespace meso::ui
