#include "consultationdialog.h"

#include "tones.h"
#include "ui_consultationdialog.h"
#include "windowsize.h"

#include "catalogtext.h"
#include "intakemodel.h"
#include "plandocument.h"

#include "bodymapwidget.h"
#include "planpanel.h"

#include "clinic/services.h"
#include "clinic/validationerror.h"
#include "core/engine.h"
#include "core/intake.h"
#include "records/consultationrecord.h"
#include "records/patientrecord.h"
#include "records/storeerror.h"
#include "records/strings.h"

#include <QCompleter>
#include <QFileDialog>
#include <QFrame>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace meso::ui {

namespace {

using records::ss;

core::Date toDate(const QDate &d)
{
    return core::Date{d.year(), d.month(), d.day()};
}

// Background and border of a finding card, by severity, drawn for the palette (its text stays
// the palette's: readable on a light or a dark theme).
QString cardStyle(const std::string &severity, const QPalette &palette)
{
    const Tone tone = severity == "absolute"   ? Tone::Danger
                      : severity == "relative" ? Tone::Warning
                                               : Tone::Info;
    return QStringLiteral("QFrame#finding { background: %1; border: 1px solid %2; "
                          "border-radius: 4px; }")
        .arg(tint(palette, tone).name(), strong(palette, tone).name());
}

} // namespace

ConsultationDialog::ConsultationDialog(clinic::Services &services, clinic::ActingUser user,
                                       records::PatientRecord patient,
                                       std::optional<records::ConsultationRecord> consultation,
                                       QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConsultationDialog>()), m_services(services),
      m_user(std::move(user)), m_patient(std::move(patient)), m_lang(ss(QLocale().name().left(2))),
      m_screenTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowTitle(
        tr("Consultation: %1 %2").arg(m_patient.givenNames, m_patient.familyName.toUpper()));
    m_catalog = m_services.assessments.catalog(m_user);
    m_model = new IntakeModel(m_catalog, m_lang, this);
    fillVocabulary();
    m_planPanel = new PlanPanel(m_services, m_user, m_patient, m_lang, m_ui->plansTab);
    m_ui->plansLayout->addWidget(m_planPanel);
    connect(m_planPanel, &PlanPanel::planChanged, this, &ConsultationDialog::changed);
    setUpBodyMap();
    fitSmallScreens();
    // Action buttons, not an accept button: the button box would make that the default, and
    // Enter in the medication or allergy field (which adds the name) would also save.
    m_save = m_ui->buttons->addButton(tr("Save draft"), QDialogButtonBox::ActionRole);
    m_save->setShortcut(QKeySequence::Save);
    m_sign = m_ui->buttons->addButton(tr("Sign"), QDialogButtonBox::ActionRole);
    m_exportPdf = m_ui->buttons->addButton(tr("Plan as PDF…"), QDialogButtonBox::ActionRole);
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    if (consultation) {
        m_record = *consultation;
        load();
    } else {
        m_record.patientId = m_patient.id;
        m_record.date = QDate::currentDate();
    }
    // The patient's record, not the form, gives the birth date and sex.
    m_model->setPatient(toDate(m_patient.birthDate), ss(m_patient.sex));
    m_ui->date->setDate(m_record.date);
    m_model->setDate(toDate(m_record.date));
    showModel();
    setReadOnly(m_record.signedOff());

    // Screening waits for the end of the current burst of changes (one turn of the event loop).
    m_screenTimer->setSingleShot(true);
    m_screenTimer->setInterval(0);
    connect(m_screenTimer, &QTimer::timeout, this, &ConsultationDialog::showScreening);
    connectChanges();
    connect(saveButton(), &QPushButton::clicked, this, [this] { save(); });
    connect(m_sign, &QPushButton::clicked, this, &ConsultationDialog::signOrAmend);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the plan as PDF"),
            tr("plan-%1-%2.pdf")
                .arg(m_patient.familyName, m_ui->date->date().toString(Qt::ISODate)),
            tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            exportPlanPdf(path);
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showScreening();
}

ConsultationDialog::~ConsultationDialog() = default;

QString ConsultationDialog::problem() const
{
    return m_ui->problem->text();
}

QString ConsultationDialog::verdictText() const
{
    return m_ui->verdict->text();
}

QStringList ConsultationDialog::findingCards() const
{
    QStringList cards;
    for (const QFrame *card : m_ui->findings->findChildren<QFrame *>(QStringLiteral("finding")))
        cards << card->property("severity").toString() + QLatin1Char('|') +
                     card->property("rule").toString();
    return cards;
}

void ConsultationDialog::fillVocabulary()
{
    const core::Catalog &c = *m_catalog;
    for (const auto &i : c.indications)
        m_ui->indication->addItem(qs(i.name.in(m_lang)), qs(i.id));
    for (QComboBox *box : {m_ui->area, m_ui->siteArea, m_ui->treatmentArea}) {
        for (const auto &a : c.areas)
            box->addItem(qs(a.name.in(m_lang)), qs(a.id));
    }
    for (const auto &s : c.siteConditions)
        m_ui->siteCondition->addItem(qs(s.name.in(m_lang)), qs(s.id));
    for (const auto &t : c.treatments)
        m_ui->treatment->addItem(qs(t.name.in(m_lang)), qs(t.id));
    m_ui->fitzpatrick->addItem(tr("Not recorded"), 0);
    const char *types[] = {"I", "II", "III", "IV", "V", "VI"};
    for (int t = 1; t <= 6; ++t)
        m_ui->fitzpatrick->addItem(tr("Type %1").arg(QLatin1String(types[t - 1])), t);
    for (const auto &condition : c.conditions) {
        auto *item = new QListWidgetItem(qs(condition.name.in(m_lang)), m_ui->conditions);
        item->setData(Qt::UserRole, qs(condition.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->treatmentDate->setDate(QDate::currentDate());

    // Completion from the catalog; any other name is kept as typed and flagged by screening.
    QStringList medications, allergies;
    for (const auto &m : c.medications) {
        medications << qs(m.name.in(m_lang));
        for (const auto &alias : m.aliases)
            medications << qs(alias);
    }
    for (const auto &a : c.allergens)
        allergies << qs(a.name.in(m_lang));
    for (const auto &g : c.allergenGroups)
        allergies << qs(g.name.in(m_lang));
    for (const auto &i : c.ingredients)
        allergies << qs(i.name.in(m_lang));
    for (auto [edit, words] :
         {std::pair{m_ui->medicationName, medications}, std::pair{m_ui->allergyName, allergies}}) {
        words.removeDuplicates();
        auto *completer = new QCompleter(words, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
}

void ConsultationDialog::fitSmallScreens()
{
    // The form scrolls rather than make the dialog taller than a laptop's screen. Its lists of
    // names shrink (their popups show names whole) rather than make it wider: the .ui sets that
    // on each combo box, before any item makes the box cache its widest name as its minimum.
    m_ui->bodyLayout->removeItem(m_ui->formLayout);
    m_ui->formLayout->setParent(nullptr);
    auto *form = new QWidget;
    form->setLayout(m_ui->formLayout);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_ui->bodyLayout->insertWidget(0, scroll, 5);
    // The form, the body map and the screening side by side; the plans need half the width.
    m_ui->rightTabs->setMinimumWidth(480);
    m_ui->bodyLayout->setStretch(2, 5);
    fitToScreen(this, {1480, 900});
}

void ConsultationDialog::setUpBodyMap()
{
    auto *group = new QGroupBox(tr("Body map"), this);
    group->setMaximumWidth(250); // the form and the plans need the width more
    auto *layout = new QVBoxLayout(group);
    m_bodyMap = new BodyMapWidget(group);
    QList<BodyMapArea> areas;
    for (const auto &a : m_catalog->areas)
        areas.append({qs(a.id), qs(a.name.in(m_lang))});
    m_bodyMap->setAreas(areas);
    layout->addWidget(m_bodyMap, 1);
    auto *hint =
        new QLabel(tr("Click an area to choose it in the form; double-click to add the request "
                      "there; right-click to mark a site condition."),
                   group);
    hint->setObjectName(QStringLiteral("bodyMapHint"));
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_ui->bodyLayout->insertWidget(1, group);

    auto choose = [this](const QString &id) {
        for (QComboBox *box : {m_ui->area, m_ui->siteArea, m_ui->treatmentArea})
            box->setCurrentIndex(box->findData(id));
    };
    connect(m_bodyMap, &BodyMapWidget::areaClicked, this, choose);
    connect(m_bodyMap, &BodyMapWidget::areaActivated, this, [this, choose](const QString &id) {
        choose(id);
        m_ui->addRequest->click();
    });
    connect(m_bodyMap, &BodyMapWidget::areaContextMenuRequested, this,
            &ConsultationDialog::bodyMapMenu);
    connect(m_ui->area, &QComboBox::currentIndexChanged, this,
            [this] { m_bodyMap->setCurrentArea(m_ui->area->currentData().toString()); });
    m_bodyMap->setCurrentArea(m_ui->area->currentData().toString());
}

void ConsultationDialog::showBodyMapMarks()
{
    QSet<QString> requested;
    for (const auto &r : m_model->intake().requests)
        requested.insert(qs(r.area));
    QMap<QString, QStringList> conditions;
    for (const auto &c : m_model->intake().siteConditions)
        conditions[qs(c.area)] << nameOf(m_catalog->siteConditions, c.condition, m_lang);
    m_bodyMap->setRequestedAreas(requested);
    m_bodyMap->setSiteConditions(conditions);
}

void ConsultationDialog::bodyMapMenu(const QString &area, const QPoint &globalPos)
{
    if (m_record.signedOff())
        return;
    const QString areaName = nameOf(m_catalog->areas, ss(area), m_lang);
    QMenu menu(this);
    menu.addAction(tr("Add request: %1 at %2").arg(m_ui->indication->currentText(), areaName), this,
                   [this, area] {
                       m_ui->area->setCurrentIndex(m_ui->area->findData(area));
                       m_ui->addRequest->click();
                   });
    QMenu *mark = menu.addMenu(tr("Mark a site condition at %1").arg(areaName));
    for (const auto &c : m_catalog->siteConditions) {
        const QString name = qs(c.name.in(m_lang)), id = qs(c.id);
        mark->addAction(name, this,
                        [this, id, area] { m_model->addSiteCondition(ss(id), ss(area)); });
    }
    const auto &sites = m_model->intake().siteConditions;
    const QStringList labels = m_model->labels(IntakeModel::List::SiteConditions);
    for (int row = 0; row < static_cast<int>(sites.size()); ++row) {
        if (qs(sites[static_cast<size_t>(row)].area) == area) {
            const core::SiteCondition condition = sites[static_cast<size_t>(row)];
            menu.addAction(tr("Remove: %1").arg(labels.value(row)), this, [this, condition] {
                const auto &now = m_model->intake().siteConditions;
                const auto it = std::find(now.begin(), now.end(), condition);
                if (it != now.end())
                    m_model->remove(IntakeModel::List::SiteConditions,
                                    static_cast<int>(it - now.begin()));
            });
        }
    }
    menu.exec(globalPos);
}

void ConsultationDialog::load()
{
    try {
        m_model->load(ss(m_record.intake));
    } catch (const core::IntakeError &e) {
        // Never overwrite what cannot be read (a catalog that no longer knows an id).
        m_unreadable = true;
        m_ui->problem->setText(
            tr("The intake cannot be read with this catalog: %1").arg(qs(e.what())));
    }
}

void ConsultationDialog::showModel()
{
    const core::Intake &in = m_model->intake();
    {
        const QSignalBlocker blocker(m_ui->fitzpatrick);
        m_ui->fitzpatrick->setCurrentIndex(in.fitzpatrick ? *in.fitzpatrick : 0);
    }
    {
        const QSignalBlocker blocker(m_ui->conditions);
        for (int row = 0; row < m_ui->conditions->count(); ++row) {
            QListWidgetItem *item = m_ui->conditions->item(row);
            const std::string id = ss(item->data(Qt::UserRole).toString());
            const bool present =
                std::find(in.conditions.begin(), in.conditions.end(), id) != in.conditions.end();
            item->setCheckState(present ? Qt::Checked : Qt::Unchecked);
        }
    }
    const std::pair<QListWidget *, IntakeModel::List> lists[] = {
        {m_ui->requests, IntakeModel::List::Requests},
        {m_ui->siteConditions, IntakeModel::List::SiteConditions},
        {m_ui->medications, IntakeModel::List::Medications},
        {m_ui->allergies, IntakeModel::List::Allergies},
        {m_ui->treatments, IntakeModel::List::Treatments}};
    for (const auto &[list, which] : lists) {
        const int current = list->currentRow();
        const QStringList labels = m_model->labels(which);
        list->clear();
        list->addItems(labels);
        if (current >= 0 && list->count() > 0)
            list->setCurrentRow(std::min(current, list->count() - 1));
    }
}

nlohmann::json ConsultationDialog::intake() const
{
    return m_model->json();
}

void ConsultationDialog::connectChanges()
{
    // The model is the intake; the widgets show it and edit it through it.
    connect(m_model, &IntakeModel::changed, this, [this] {
        showModel();
        scheduleScreening();
    });
    connect(m_ui->date, &QDateEdit::dateChanged, this,
            [this](const QDate &d) { m_model->setDate(toDate(d)); });
    connect(m_ui->fitzpatrick, &QComboBox::currentIndexChanged, this, [this] {
        const int type = m_ui->fitzpatrick->currentData().toInt();
        m_model->setFitzpatrick(type > 0 ? std::optional<int>(type) : std::nullopt);
    });
    connect(m_ui->conditions, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        m_model->setCondition(ss(item->data(Qt::UserRole).toString()),
                              item->checkState() == Qt::Checked);
    });
    auto remover = [this](QListWidget *list, IntakeModel::List which) {
        return [this, list, which] { m_model->remove(which, list->currentRow()); };
    };
    connect(m_ui->addRequest, &QPushButton::clicked, this, [this] {
        m_model->addRequest(ss(m_ui->indication->currentData().toString()),
                            ss(m_ui->area->currentData().toString()));
    });
    connect(m_ui->removeRequest, &QPushButton::clicked, this,
            remover(m_ui->requests, IntakeModel::List::Requests));
    connect(m_ui->addSite, &QPushButton::clicked, this, [this] {
        m_model->addSiteCondition(ss(m_ui->siteCondition->currentData().toString()),
                                  ss(m_ui->siteArea->currentData().toString()));
    });
    connect(m_ui->removeSite, &QPushButton::clicked, this,
            remover(m_ui->siteConditions, IntakeModel::List::SiteConditions));
    auto addName = [this](QLineEdit *edit, bool medication) {
        const std::string name = ss(edit->text().simplified());
        if (name.empty())
            return;
        if (medication)
            m_model->addMedication(name);
        else
            m_model->addAllergy(name);
        edit->clear();
    };
    connect(m_ui->addMedication, &QPushButton::clicked, this,
            [=, this] { addName(m_ui->medicationName, true); });
    connect(m_ui->medicationName, &QLineEdit::returnPressed, this,
            [=, this] { addName(m_ui->medicationName, true); });
    connect(m_ui->removeMedication, &QPushButton::clicked, this,
            remover(m_ui->medications, IntakeModel::List::Medications));
    connect(m_ui->addAllergy, &QPushButton::clicked, this,
            [=, this] { addName(m_ui->allergyName, false); });
    connect(m_ui->allergyName, &QLineEdit::returnPressed, this,
            [=, this] { addName(m_ui->allergyName, false); });
    connect(m_ui->removeAllergy, &QPushButton::clicked, this,
            remover(m_ui->allergies, IntakeModel::List::Allergies));
    connect(m_ui->addTreatment, &QPushButton::clicked, this, [this] {
        m_model->addTreatment(ss(m_ui->treatment->currentData().toString()),
                              ss(m_ui->treatmentArea->currentData().toString()),
                              toDate(m_ui->treatmentDate->date()));
    });
    connect(m_ui->removeTreatment, &QPushButton::clicked, this,
            remover(m_ui->treatments, IntakeModel::List::Treatments));
}

void ConsultationDialog::scheduleScreening()
{
    m_screenTimer->start();
}

void ConsultationDialog::screenNow()
{
    m_screenTimer->stop();
    showScreening();
}

void ConsultationDialog::showScreening()
{
    QLayout *layout = m_ui->findings->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_ui->plans->clear();
    showBodyMapMarks();
    const nlohmann::json j = intake();
    if (j["requests"].empty()) {
        m_ui->verdict->setText(tr("Add a treatment request to see the screening."));
        return;
    }
    core::Assessment a;
    try {
        a = m_services.assessments.assess(m_user, j, m_lang);
    } catch (const core::IntakeError &e) {
        m_ui->verdict->setText(tr("Cannot screen yet: %1").arg(qs(e.what())));
        return;
    }
    showPlans(a);
    QStringList lines{tr("Overall: %1").arg(PlanDocument::stateName(a.verdict))};
    for (const auto &r : a.requests) {
        lines << tr("%1 at %2: %3")
                     .arg(nameOf(m_catalog->indications, r.request.indication, m_lang),
                          nameOf(m_catalog->areas, r.request.area, m_lang),
                          PlanDocument::stateName(r.verdict));
    }
    m_ui->verdict->setText(lines.join(QLatin1Char('\n')));
    for (const core::Finding &f : a.findings) {
        const std::string severity = core::severityName(f.rule->severity);
        auto *card = new QFrame(m_ui->findings);
        card->setObjectName(QStringLiteral("finding"));
        card->setProperty("severity", qs(severity));
        card->setProperty("rule", qs(f.rule->id));
        card->setStyleSheet(cardStyle(severity, palette()));
        auto *box = new QVBoxLayout(card);
        QString where;
        if (!f.area.empty())
            where = tr("at %1").arg(nameOf(m_catalog->areas, f.area, m_lang));
        else if (!f.ingredient.empty())
            where = tr("ingredient %1").arg(nameOf(m_catalog->ingredients, f.ingredient, m_lang));
        else
            where = tr("patient");
        const QString title = severity == "absolute" ? tr("Absolute: blocks the request")
                              : severity == "relative"
                                  ? tr("Relative: proceed only with a documented reason")
                                  : tr("Caution");
        for (const QString &text : {title + QStringLiteral(" · ") + where, qs(f.message),
                                    tr("Source: %1").arg(qs(f.rule->source))}) {
            auto *label = new QLabel(text, card);
            label->setTextFormat(Qt::PlainText);
            label->setWordWrap(true);
            box->addWidget(label);
        }
        layout->addWidget(card);
    }
    static_cast<QVBoxLayout *>(layout)->addStretch(1);
}

void ConsultationDialog::showPlans(const core::Assessment &a)
{
    m_ui->plans->setHtml(PlanDocument::plansHtml(a, *m_catalog, m_lang));
}

bool ConsultationDialog::exportPlanPdf(const QString &path)
{
    m_ui->problem->clear();
    try {
        const core::Assessment a = m_services.assessments.assess(m_user, intake(), m_lang);
        const clinic::ClinicProfile clinic = m_services.profile.profile(m_user);
        const auto document = PlanDocument::document(
            PlanDocument::printableHtml(clinic, m_patient, m_ui->date->date(), a, *m_catalog,
                                        m_lang),
            clinic);
        PlanDocument::writePdf(
            *document, tr("Treatment plan: %1 %2").arg(m_patient.givenNames, m_patient.familyName),
            path);
    } catch (const core::IntakeError &e) {
        m_ui->problem->setText(tr("No plan to print yet: %1").arg(qs(e.what())));
        return false;
    } catch (const std::runtime_error &e) {
        m_ui->problem->setText(qs(e.what()));
        return false;
    }
    return true;
}

QString ConsultationDialog::plansText() const
{
    return m_ui->plans->toPlainText();
}

bool ConsultationDialog::save()
{
    if (m_unreadable)
        return false; // the problem is shown since opening
    m_ui->problem->clear();
    records::ConsultationRecord c = m_record;
    c.date = m_ui->date->date();
    c.intake = qs(m_model->json().dump());
    try {
        m_record = m_services.consultations.saveDraft(m_user, c);
    } catch (const clinic::ValidationError &e) {
        m_ui->problem->setText(tr("Not saved: %1: %2").arg(e.field(), e.message()));
        return false;
    } catch (const clinic::PermissionError &e) {
        m_ui->problem->setText(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return false;
    } catch (
        const records::StoreError &e) { // a full or read-only disk: the form keeps what was typed
        m_ui->problem->setText(tr("Not saved: %1").arg(e.message()));
        return false;
    }
    setReadOnly(m_record.signedOff());
    Q_EMIT changed();
    return true;
}

void ConsultationDialog::signOrAmend()
{
    if (m_unreadable && !m_record.signedOff())
        return;
    m_ui->problem->clear();
    try {
        if (m_record.signedOff()) {
            m_record = m_services.consultations.amend(m_user, m_record.id);
        } else {
            records::ConsultationRecord c = m_record;
            c.date = m_ui->date->date();
            c.intake = qs(m_model->json().dump());
            m_record = m_services.consultations.sign(m_user, c);
        }
    } catch (const clinic::ValidationError &e) {
        m_ui->problem->setText(tr("Not signed: %1: %2").arg(e.field(), e.message()));
        return;
    } catch (const clinic::PermissionError &e) {
        m_ui->problem->setText(tr("Not signed: %1").arg(QString::fromUtf8(e.what())));
        return;
    } catch (const records::StoreError &e) {
        m_ui->problem->setText(tr("Not signed: %1").arg(e.message()));
        return;
    }
    setReadOnly(m_record.signedOff());
    Q_EMIT changed();
}

void ConsultationDialog::setReadOnly(bool readOnly)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->date), static_cast<QWidget *>(m_ui->fitzpatrick),
          static_cast<QWidget *>(m_ui->requestsGroup), static_cast<QWidget *>(m_ui->historyGroup),
          static_cast<QWidget *>(m_ui->siteGroup), static_cast<QWidget *>(m_ui->medicationsGroup),
          static_cast<QWidget *>(m_ui->allergiesGroup),
          static_cast<QWidget *>(m_ui->treatmentsGroup)})
        w->setEnabled(!readOnly);
    saveButton()->setEnabled(!readOnly && !m_unreadable);
    if (m_bodyMap) {
        m_bodyMap->setEnabled(!readOnly);
        if (readOnly)
            findChild<QLabel *>(QStringLiteral("bodyMapHint"))
                ->setText(tr("The requested areas and the site conditions, as signed."));
    }
    // A draft shows the rules' proposals for every request; a signed consultation's plans are
    // finalised, approved and printed in the plan panel.
    m_ui->plans->setVisible(!readOnly);
    m_exportPdf->setVisible(!readOnly);
    m_planPanel->setVisible(readOnly);
    if (readOnly)
        m_planPanel->setConsultation(m_record);
    m_sign->setText(readOnly ? tr("Amend") : tr("Sign"));
    if (readOnly)
        m_ui->statusLabel->setText(
            tr("Signed %1: read-only")
                .arg(QLocale().toString(m_record.signedAt.toLocalTime(), QLocale::ShortFormat)));
    else if (m_record.amendsId)
        m_ui->statusLabel->setText(tr("Draft amending consultation %1").arg(m_record.amendsId));
    else
        m_ui->statusLabel->setText(m_record.id ? tr("Draft (saved)") : tr("New draft"));
}

} // namespace meso::ui
