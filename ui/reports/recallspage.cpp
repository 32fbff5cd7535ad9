#include "recallspage.h"

#include "refusal.h"
#include "tablemodel.h"
#include "tableviews.h"

#include "clinic/permissions.h"
#include "clinic/services.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace meso::ui {

namespace {

// What a button and its dialog say for each mark.
QString buttonText(const QString &status)
{
    if (status == QLatin1String("contacted"))
        return RecallsPage::tr("&Contacted…");
    if (status == QLatin1String("booked"))
        return RecallsPage::tr("&Booked…");
    return RecallsPage::tr("&Declined…");
}

} // namespace

RecallsPage::RecallsPage(clinic::Services &services, clinic::ActingUser user, QWidget *parent)
    : QWidget(parent), m_services(services), m_user(std::move(user)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_declined(new QCheckBox(tr("Show &declined"), this)),
      m_model(new TableModel({tr("Due"), tr("Patient"), tr("Contact"), tr("Protocol"), tr("Course"),
                              tr("Last session"), tr("Done")},
                             this)),
      m_view(makeOneLineTable(m_model, this, ProtocolColumn)), m_message(new QLabel(this)),
      m_refreshTimer(new QTimer(this))
{
    // A date being typed passes through other valid dates: the list (an audited read) is read
    // once it rests.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, &RecallsPage::refresh);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_settingWindow)
                m_refreshTimer->start();
        });
    }
    m_message->setWordWrap(true);
    auto *fromLabel = new QLabel(tr("Due &from:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to:"), this);
    toLabel->setBuddy(m_to);
    auto *top = new QHBoxLayout;
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addSpacing(12);
    top->addWidget(m_declined);
    top->addStretch();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    // Marking is for those who call patients; the service refuses the others too.
    if (clinic::Permissions::allows(m_user.role, clinic::Action::RecallWrite)) {
        for (const QString &status : clinic::RecallService::markStatuses()) {
            auto *b = new QPushButton(buttonText(status), this);
            b->setProperty("status", status);
            connect(b, &QPushButton::clicked, this, [this, status] { askMark(status); });
            buttons->addWidget(b);
            m_markButtons.push_back(b);
        }
    }
    // 1366 pixels wide: the protocol takes what is left; a cell cut short shows whole in its
    // tooltip.
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(DueColumn, 90);
    header->resizeSection(PatientColumn, 190);
    header->resizeSection(ContactColumn, 270);
    header->resizeSection(CourseColumn, 130);
    header->resizeSection(LastSessionColumn, 110);
    header->resizeSection(MarkColumn, 200);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_declined, &QCheckBox::toggled, this, &RecallsPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecallsPage::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this,
            [this] { askMark(QStringLiteral("contacted")); });
    const QDate today = QDate::currentDate();
    setWindow(today.addMonths(-6), today.addMonths(1));
}

void RecallsPage::setWindow(const QDate &from, const QDate &to)
{
    m_refreshTimer->stop();
    m_settingWindow = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingWindow = false;
    refresh();
}

void RecallsPage::setShowDeclined(bool show)
{
    m_declined->setChecked(show); // refreshes when it changes
}

QString RecallsPage::message() const
{
    return m_message->text();
}

QPushButton *RecallsPage::markButton(const QString &status) const
{
    for (QPushButton *b : m_markButtons) {
        if (b->property("status").toString() == status)
            return b;
    }
    return nullptr;
}

bool RecallsPage::refresh()
{
    std::vector<clinic::Recall> recalls;
    try {
        recalls = m_services.recalls.due(m_user, m_from->date(), m_to->date(),
                                         QLocale().name().left(2).toStdString());
    } catch (const std::exception &e) {
        m_shown.clear(); // nothing rather than the previous window's recalls
        m_model->setRows({});
        updateButtons();
        m_message->setText(refusal(e));
        return false;
    }
    const QLocale locale;
    const clinic::PhoneNumbers phones = m_services.patients.phoneNumbers();
    const QDate today = QDate::currentDate();
    m_shown.clear();
    std::vector<TableModel::Row> rows;
    int overdue = 0;
    for (clinic::Recall &r : recalls) {
        const records::RecallRow &row = r.row;
        if (row.mark == QLatin1String("declined") && !m_declined->isChecked())
            continue;
        const QString course =
            row.kind == QLatin1String("maintenance")
                ? tr("Maintenance")
                : tr("Abandoned, %1 of %2").arg(row.sessionsDone).arg(row.sessionsPlanned);
        QString mark;
        if (!row.mark.isEmpty()) {
            mark = tr("%1 on %2")
                       .arg(clinic::RecallService::markName(row.mark),
                            locale.toString(row.markedOn, QLocale::ShortFormat));
            if (!row.note.isEmpty())
                mark = tr("%1: %2", "a recall's mark and its note").arg(mark, row.note);
        }
        QStringList contact;
        for (const QString &c : {phones.display(row.phone), row.email}) {
            if (!c.isEmpty())
                contact << c;
        }
        TableModel::Row line{{locale.toString(row.due, QLocale::ShortFormat),
                              row.familyName.toUpper() + QStringLiteral(" ") + row.givenNames,
                              contact.join(QStringLiteral(" · ")), r.protocolName, course,
                              locale.toString(row.lastSession, QLocale::ShortFormat), mark},
                             {},
                             {}};
        overdue += row.due < today;
        rows.push_back(std::move(line));
        m_shown.push_back(std::move(r));
    }
    m_model->setRows(std::move(rows));
    m_message->setText(
        tr("%n recall(s), %1 overdue.", nullptr, static_cast<int>(m_shown.size())).arg(overdue));
    updateButtons();
    return true;
}

bool RecallsPage::markSelected(const QString &status, const QDate &on, const QString &note)
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_message->setText(tr("Select a recall first."));
        return false;
    }
    const clinic::Recall &r = m_shown.at(static_cast<size_t>(selected.front().row()));
    const qint64 consultation = r.row.consultationId;
    const int request = r.row.requestIndex;
    try {
        m_services.recalls.mark(m_user, consultation, request, status, on, note);
    } catch (const std::exception &e) {
        m_message->setText(tr("Not saved: %1").arg(refusal(e)));
        return false;
    }
    refresh();
    // The same course selected again, if it is still shown.
    for (size_t i = 0; i < m_shown.size(); ++i) {
        if (m_shown[i].row.consultationId == consultation && m_shown[i].row.requestIndex == request)
            m_view->selectRow(static_cast<int>(i));
    }
    return true;
}

void RecallsPage::askMark(const QString &status)
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty() || m_markButtons.empty())
        return;
    const records::RecallRow &row = m_shown.at(static_cast<size_t>(selected.front().row())).row;
    MarkRecallDialog dialog(status, row.familyName.toUpper() + QStringLiteral(" ") + row.givenNames,
                            this);
    if (dialog.exec() == QDialog::Accepted)
        markSelected(status, dialog.dateEdit()->date(), dialog.noteEdit()->text());
}

void RecallsPage::updateButtons()
{
    const bool one = m_view->selectionModel()->hasSelection();
    for (QPushButton *b : m_markButtons)
        b->setEnabled(one);
}

MarkRecallDialog::MarkRecallDialog(const QString &status, const QString &patient, QWidget *parent)
    : QDialog(parent), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_note(new QLineEdit(this))
{
    const QString title =
        tr("Recall of %1: %2").arg(patient, clinic::RecallService::markName(status));
    setWindowTitle(title);
    auto *heading = new QLabel(title, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_note->setPlaceholderText(tr("e.g. message left, will call back"));
    auto *form = new QFormLayout;
    form->addRow(tr("&On:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(box);
    resize(460, sizeHint().height());
}

} // namespace meso::ui
