#include "planpanel.h"

#include "catalogtext.h"
#include "intakemodel.h"
#include "refusal.h"
#include "tones.h"

#include "clinic/language.h"
#include "clinic/permissions.h"
#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "core/intake.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"
#include "records/planrecord.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace meso::ui {

namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    setTone(label, Tone::Danger);
    return label;
}

} // namespace

OverrideDialog::OverrideDialog(const QString &finding, Apply apply, QWidget *parent)
    : QDialog(parent), m_apply(std::move(apply)), m_reason(new QComboBox(this)),
      m_comment(new QPlainTextEdit(this)), m_problem(problemLabel(this))
{
    setWindowTitle(tr("Override a relative finding"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(finding, this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *form = new QFormLayout;
    for (const auto &r : clinic::PlanService::overrideReasons())
        m_reason->addItem(r.text, r.id);
    m_reason->setPlaceholderText(tr("Choose a reason…"));
    m_reason->setCurrentIndex(-1);
    form->addRow(tr("&Reason:"), m_reason);
    m_comment->setPlaceholderText(tr("Optional; required for \"Other\""));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(90);
    form->addRow(tr("&Comment:"), m_comment);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Override"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OverrideDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, sizeHint().height());
}

QString OverrideDialog::problem() const
{
    return m_problem->text();
}

void OverrideDialog::submit()
{
    try {
        m_apply(m_reason->currentData().toString(), m_comment->toPlainText());
    } catch (const std::exception &e) {
        m_problem->setText(tr("Not overridden: %1").arg(refusal(e)));
        return;
    }
    accept();
}

ConsentDialog::ConsentDialog(Apply apply, QWidget *parent)
    : QDialog(parent), m_apply(std::move(apply)), m_date(new QDateEdit(QDate::currentDate(), this)),
      m_method(new QComboBox(this)), m_problem(problemLabel(this))
{
    setWindowTitle(tr("Record consent"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_date->setCalendarPopup(true);
    form->addRow(tr("&Date:"), m_date);
    for (const auto &m : clinic::PlanService::consentMethods())
        m_method->addItem(m.text, m.id);
    form->addRow(tr("&Obtained:"), m_method);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        try {
            m_apply(m_date->date(), m_method->currentData().toString());
        } catch (const std::exception &e) {
            m_problem->setText(tr("Not recorded: %1").arg(refusal(e)));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PlanPanel::PlanPanel(clinic::Services &services, clinic::ActingUser user,
                     records::PatientRecord patient, std::string lang, QWidget *parent)
    : QWidget(parent), m_services(services), m_user(std::move(user)), m_patient(std::move(patient)),
      m_lang(std::move(lang)), m_request(new QComboBox(this)), m_protocol(new QComboBox(this)),
      m_status(new QLabel(this)), m_bounds(new QLabel(this)), m_problem(problemLabel(this)),
      m_sessions(new QSpinBox(this)), m_interval(new QSpinBox(this)),
      m_deviation(new QLineEdit(this)), m_findings(new QListWidget(this)),
      m_override(new QPushButton(tr("Override…"), this)),
      m_removeOverride(new QPushButton(tr("Remove override"), this)),
      m_approve(new QPushButton(tr("Approve"), this)),
      m_revise(new QPushButton(tr("New version"), this)),
      m_consent(new QPushButton(tr("Record consent…"), this)),
      m_print(new QPushButton(tr("Print"), this)), m_pdf(new QPushButton(tr("PDF"), this)),
      m_details(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    top->addRow(tr("&Request:"), m_request);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    top->addRow(tr("Plan:"), m_status);
    layout->addLayout(top);

    auto *choices = new QGroupBox(tr("Choices"), this);
    auto *form = new QFormLayout(choices);
    form->addRow(tr("&Protocol:"), m_protocol);
    m_sessions->setRange(1, 99);
    m_interval->setRange(1, 365);
    m_interval->setSuffix(tr(" days"));
    auto *course = new QHBoxLayout;
    course->addWidget(m_sessions);
    course->addWidget(new QLabel(tr("sessions, every"), choices));
    course->addWidget(m_interval);
    course->addStretch(1);
    auto *sessionsLabel = new QLabel(tr("&Sessions:"), choices);
    sessionsLabel->setBuddy(m_sessions);
    form->addRow(sessionsLabel, course);
    m_bounds->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_bounds);
    m_deviation->setPlaceholderText(tr("Required outside the protocol's bounds"));
    form->addRow(tr("Reason to &deviate:"), m_deviation);
    layout->addWidget(choices);

    auto *findings = new QGroupBox(tr("Relative findings: proceed only with a reason"), this);
    auto *findingsLayout = new QVBoxLayout(findings);
    m_findings->setMaximumHeight(130);
    m_findings->setWordWrap(true);
    m_findings->setResizeMode(QListView::Adjust);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    findingsLayout->addWidget(m_findings);
    auto *findingButtons = new QHBoxLayout;
    findingButtons->addWidget(m_override);
    findingButtons->addWidget(m_removeOverride);
    findingButtons->addStretch(1);
    findingsLayout->addLayout(findingButtons);
    layout->addWidget(findings);
    layout->addWidget(m_problem);
    layout->addWidget(m_details, 1);

    // Two rows: the plan's steps, then its documents (French labels need the width).
    auto *actions = new QHBoxLayout, *documents = new QHBoxLayout;
    for (QPushButton *b : {m_approve, m_revise, m_consent})
        actions->addWidget(b);
    actions->addStretch(1);
    documents->addStretch(1);
    auto *printMenu = new QMenu(m_print), *pdfMenu = new QMenu(m_pdf);
    for (PlanDocument::Kind kind :
         {PlanDocument::PlanAndQuote, PlanDocument::ConsentForm, PlanDocument::AftercareSheet}) {
        printMenu
            ->addAction(PlanDocument::kindName(kind) + QStringLiteral("…"), this,
                        [this, kind] { printPreview(kind); })
            ->setData(kind);
        pdfMenu
            ->addAction(PlanDocument::kindName(kind) + QStringLiteral("…"), this,
                        [this, kind] {
                            const QString path = QFileDialog::getSaveFileName(
                                this, tr("Save as PDF"),
                                QStringLiteral("%1-%2.pdf")
                                    .arg(PlanDocument::kindName(kind), m_patient.familyName),
                                tr("PDF documents (*.pdf)"));
                            if (!path.isEmpty())
                                exportPdf(kind, path);
                        })
            ->setData(kind);
    }
    m_print->setMenu(printMenu);
    m_print->setShortcut(QKeySequence::Print); // opens the menu: the plan, consent, aftercare
    m_pdf->setMenu(pdfMenu);
    documents->addWidget(m_print);
    documents->addWidget(m_pdf);
    layout->addLayout(actions);
    layout->addLayout(documents);
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);

    connect(m_request, &QComboBox::currentIndexChanged, this, &PlanPanel::load);
    connect(m_protocol, &QComboBox::activated, this, &PlanPanel::saveChoices);
    connect(m_sessions, &QSpinBox::editingFinished, this, &PlanPanel::saveChoices);
    connect(m_interval, &QSpinBox::editingFinished, this, &PlanPanel::saveChoices);
    connect(m_deviation, &QLineEdit::editingFinished, this, &PlanPanel::saveChoices);
    connect(m_override, &QPushButton::clicked, this, &PlanPanel::overrideSelected);
    connect(m_removeOverride, &QPushButton::clicked, this, &PlanPanel::removeSelectedOverride);
    connect(m_findings, &QListWidget::currentRowChanged, this, [this] {
        const bool editable = m_view && (m_view->record.isDraft() || m_view->record.id == 0);
        QListWidgetItem *item = m_findings->currentItem();
        m_override->setEnabled(editable && item);
        m_removeOverride->setEnabled(editable && item && item->data(Qt::UserRole + 2).toBool());
    });
    connect(m_approve, &QPushButton::clicked, this, &PlanPanel::approve);
    connect(m_revise, &QPushButton::clicked, this,
            [this] { act([this] { m_services.plans.revise(m_user, m_view->record.id); }); });
    connect(m_consent, &QPushButton::clicked, this, [this] {
        if (!m_view)
            return;
        const qint64 id = m_view->record.id;
        const int rowVersion = m_view->record.rowVersion;
        auto *dialog = new ConsentDialog(
            [this, id, rowVersion](const QDate &date, const QString &method) {
                m_services.plans.recordConsent(m_user, id, rowVersion, date, method);
            },
            this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] { act([] {}); });
        dialog->open();
    });
}

void PlanPanel::setConsultation(const records::ConsultationRecord &consultation)
{
    m_consultation = consultation;
    const auto catalog = m_services.assessments.catalog(m_user);
    const QSignalBlocker blocker(m_request);
    m_request->clear();
    try { // plans exist for a signed, complete intake only
        for (const core::Request &r :
             core::parseIntake(core::parseIntakeJson(consultation.intake.toStdString()), *catalog)
                 .requests)
            m_request->addItem(IntakeModel::requestLabel(r, *catalog, m_lang));
    } catch (const core::IntakeError &) {
        // a draft: no request to plan yet
    }
    m_request->setCurrentIndex(m_request->count() ? 0 : -1);
    load();
}

void PlanPanel::load()
{
    m_problem->clear();
    m_view.reset();
    if (m_request->currentIndex() < 0) {
        m_status->setText(tr("The consultation has no request."));
        setEnabled(false);
        return;
    }
    try {
        m_view =
            m_services.plans.current(m_user, m_consultation.id, m_request->currentIndex(), m_lang);
    } catch (const std::exception &e) {
        // Nothing to act on: every action needs a plan.
        for (QPushButton *b :
             {m_override, m_removeOverride, m_approve, m_revise, m_consent, m_print, m_pdf})
            b->setEnabled(false);
        m_problem->setText(refusal(e));
        return;
    }
    m_print->setEnabled(true);
    m_pdf->setEnabled(true);
    show(*m_view);
}

void PlanPanel::approve()
{
    if (!m_view)
        return;
    m_problem->clear();
    try {
        // One action: the plan as shown (the proposal or the draft) is stored and approved, and
        // the approved plan comes back to be shown.
        m_view = m_services.plans.approve(m_user, {m_view->record, {}, {}, {}}, m_lang);
    } catch (const std::exception &e) {
        m_problem->setText(tr("Refused: %1").arg(refusal(e)));
        return;
    }
    show(*m_view);
    Q_EMIT planChanged();
}

void PlanPanel::show(const clinic::PlanView &v)
{
    const records::PlanRecord &p = v.record;
    const core::RequestResult &r = v.result();
    const core::Catalog &c = *v.catalog;
    const QLocale locale;
    const bool practitioner = clinic::Permissions::allows(m_user.role, clinic::Action::PlanWrite);
    const bool editable = practitioner && r.protocol && (p.isDraft() || p.id == 0);

    QString status =
        p.id ? tr("version %1, %2").arg(p.version).arg(PlanDocument::planStatusName(p.status))
             : tr("proposed by the rules, not saved yet");
    if (p.approvedAt.isValid())
        status +=
            tr(" on %1").arg(locale.toString(p.approvedAt.toLocalTime(), QLocale::ShortFormat));
    if (!p.consentMethod.isEmpty()) {
        status += tr("; consent: %1, %2")
                      .arg(clinic::PlanService::textOf(clinic::PlanService::consentMethods(),
                                                       p.consentMethod),
                           locale.toString(p.consentDate, QLocale::ShortFormat));
    } else if (p.isApproved()) {
        status += tr("; consent not recorded yet");
    }
    if (p.id == 0 || p.isDraft()) // once approved, the findings were dealt with
        status += tr(" · screening: %1").arg(PlanDocument::stateName(r.verdict));
    m_status->setText(status);

    {
        const QSignalBlocker b1(m_protocol), b2(m_sessions), b3(m_interval), b4(m_deviation);
        m_protocol->clear();
        if (r.protocol) {
            m_protocol->addItem(qs(r.protocol->name.in(m_lang)), qs(r.protocol->id));
            for (const auto &id : r.alternatives)
                m_protocol->addItem(tr("%1 (alternative)").arg(nameOf(c.protocols, id, m_lang)),
                                    qs(id));
        }
        m_sessions->setValue(p.sessions);
        m_interval->setValue(p.intervalDays);
        m_deviation->setText(p.deviationReason);
    }
    if (r.protocol) {
        m_bounds->setText(tr("The protocol: %1 to %2 sessions, every %3 to %4 days")
                              .arg(r.protocol->sessionsMin)
                              .arg(r.protocol->sessionsMax)
                              .arg(r.protocol->interval.minDays)
                              .arg(v.intervalMaxDays()));
    } else {
        m_bounds->clear();
    }
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_protocol, m_sessions, m_interval, m_deviation})
        w->setEnabled(editable);

    m_findings->clear();
    for (const core::Finding *f : v.relativeFindings()) {
        const records::PlanOverride *o = v.overrideOf(*f);
        QString text = qs(f->message);
        if (o) {
            const QString reason =
                clinic::PlanService::textOf(clinic::PlanService::overrideReasons(), o->reason);
            text += tr("\n    Overridden: %1 (%2)")
                        .arg(o->comment.isEmpty() ? reason
                                                  : tr("%1: %2", "an override's reason and comment")
                                                        .arg(reason, o->comment),
                             locale.toString(o->at.toLocalTime(), QLocale::ShortFormat));
        }
        auto *item = new QListWidgetItem(text, m_findings);
        item->setData(Qt::UserRole, qs(f->rule->id));
        item->setData(Qt::UserRole + 1, clinic::findingSubject(*f));
        item->setData(Qt::UserRole + 2, o != nullptr);
        item->setForeground(o ? palette().color(QPalette::Text) : strong(palette(), Tone::Warning));
    }
    if (m_findings->count() == 0)
        m_findings->addItem(tr("None"));
    m_override->setEnabled(false);
    m_removeOverride->setEnabled(false);
    // The first finding still to override is selected, ready for "Override…".
    for (int row = 0; editable && row < m_findings->count(); ++row) {
        QListWidgetItem *item = m_findings->item(row);
        if (!item->data(Qt::UserRole).isNull() && !item->data(Qt::UserRole + 2).toBool()) {
            m_findings->setCurrentRow(row);
            break;
        }
    }

    const QStringList problems = v.approvalProblems();
    if (editable && !problems.isEmpty())
        m_problem->setText(tr("To approve: %1").arg(clinic::joinClauses(problems)));
    m_approve->setEnabled(editable && problems.isEmpty());
    m_revise->setEnabled(practitioner && p.isApproved());
    m_consent->setEnabled(practitioner && p.isApproved() && p.consentMethod.isEmpty());
    // The consent form and the aftercare sheet describe an approved plan only.
    for (QAction *a : m_print->menu()->actions() + m_pdf->menu()->actions()) {
        if (a->data().toInt() != PlanDocument::PlanAndQuote)
            a->setEnabled(p.isApproved());
    }
    m_details->setHtml(
        PlanDocument::requestHtml(r, c, m_lang, p.sessions, p.intervalDays,
                                  p.id ? PlanDocument::planStatusName(p.status) : QString(),
                                  p.isDraft() ? -1 : p.quoteCents));
    setEnabled(true);
}

void PlanPanel::act(const std::function<void()> &action)
{
    if (!m_view)
        return;
    QString refused;
    try {
        action();
    } catch (const std::exception &e) {
        refused = refusal(e);
    }
    load();
    if (!refused.isEmpty())
        m_problem->setText(tr("Refused: %1").arg(refused));
    else
        Q_EMIT planChanged();
}

qint64 PlanPanel::storedDraftId()
{
    if (m_view->record.id == 0) {
        const qint64 id = m_services.plans.saveDraft(m_user, m_view->record);
        m_view = m_services.plans.view(m_user, id, m_lang);
    }
    return m_view->record.id;
}

void PlanPanel::saveChoices()
{
    if (!m_view)
        return;
    records::PlanRecord edit = m_view->record;
    edit.protocol = m_protocol->currentData().toString();
    edit.sessions = m_sessions->value();
    edit.intervalDays = m_interval->value();
    edit.deviationReason = m_deviation->text().trimmed();
    if (edit.protocol == m_view->record.protocol && edit.sessions == m_view->record.sessions &&
        edit.intervalDays == m_view->record.intervalDays &&
        edit.deviationReason == m_view->record.deviationReason)
        return;
    if (edit.protocol != m_view->record.protocol) { // another protocol: its own default course
        const QString chosen = edit.protocol;
        edit.protocol = m_view->record.protocol;
        edit = m_services.plans.withProtocol(m_user, edit, chosen);
    }
    act([this, edit] { m_services.plans.saveDraft(m_user, edit); });
}

void PlanPanel::overrideSelected()
{
    QListWidgetItem *item = m_findings->currentItem();
    if (!m_view || !item || item->data(Qt::UserRole).isNull())
        return;
    const QString rule = item->data(Qt::UserRole).toString(),
                  subject = item->data(Qt::UserRole + 1).toString();
    auto *dialog = new OverrideDialog(
        item->text(),
        [this, rule, subject](const QString &reason, const QString &comment) {
            const qint64 id = storedDraftId();
            m_services.plans.setOverride(m_user, id, m_view->record.rowVersion, rule, subject,
                                         reason, comment);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { act([] {}); });
    dialog->open();
}

void PlanPanel::removeSelectedOverride()
{
    QListWidgetItem *item = m_findings->currentItem();
    if (!m_view || !item)
        return;
    const QString rule = item->data(Qt::UserRole).toString(),
                  subject = item->data(Qt::UserRole + 1).toString();
    act([this, rule, subject] {
        m_services.plans.removeOverride(m_user, m_view->record.id, m_view->record.rowVersion, rule,
                                        subject);
    });
}

QString PlanPanel::statusText() const
{
    return m_status->text();
}

QString PlanPanel::problem() const
{
    return m_problem->text();
}

QString PlanPanel::detailsText() const
{
    return m_details->toPlainText();
}

QString PlanPanel::documentHtml(PlanDocument::Kind kind) const
{
    if (!m_view)
        return {};
    return PlanDocument::planHtml(kind, m_services.profile.profile(m_user), m_patient,
                                  m_consultation.date, *m_view, m_lang);
}

bool PlanPanel::exportPdf(PlanDocument::Kind kind, const QString &path)
{
    if (!m_view)
        return false;
    try {
        const auto doc =
            PlanDocument::document(documentHtml(kind), m_services.profile.profile(m_user));
        PlanDocument::writePdf(
            *doc,
            tr("%1: %2 %3")
                .arg(PlanDocument::kindName(kind), m_patient.givenNames, m_patient.familyName),
            path);
    } catch (const std::exception &e) {
        m_problem->setText(QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

void PlanPanel::printPreview(PlanDocument::Kind kind)
{
    if (!m_view)
        return;
    const auto doc = PlanDocument::document(documentHtml(kind), m_services.profile.profile(m_user));
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(PlanDocument::kindName(kind));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview: %1").arg(PlanDocument::kindName(kind)));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter *p) { doc->print(p); });
    preview.exec();
}

} // namespace meso::ui
