#include "sessiondialog.h"

#include "bodymapwidget.h"
#include "catalogtext.h"
#include "refusal.h"
#include "tones.h"
#include "windowsize.h"

#include "clinic/adverseeventservice.h"
#include "clinic/catalogservice.h"
#include "clinic/services.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace meso::ui {

namespace {

enum Column
{
    AreaColumn,
    LotColumn,
    VolumeColumn,
    PointsColumn,
    PassesColumn
};

// What "Amend session" starts from: the signed record, under its appointment and plan.
clinic::SessionStart startOf(clinic::Services &services, const clinic::ActingUser &user,
                             const records::SessionRecord &original)
{
    clinic::SessionStart s;
    if (const auto appointment = services.booking.find(user, original.appointmentId))
        s.appointment = *appointment;
    s.plan = services.plans.view(user, original.planId).record;
    s.protocol = s.plan.protocol;
    s.area = s.plan.area;
    s.technique = original.technique;
    s.needle = original.needle;
    s.depthMinMm = original.depthMinMm;
    s.depthMaxMm = original.depthMaxMm;
    s.suggested = original.lines;
    s.sessionNumber = s.appointment.sessionIndex + 1;
    return s;
}

// The Global Aesthetic Improvement Scale, 1 (very much improved) to 5 (worse); "not rated" first.
void fillGais(QComboBox *box)
{
    box->addItem(SessionDialog::tr("not rated"), 0);
    const QStringList grades = {SessionDialog::tr("1 – very much improved"),
                                SessionDialog::tr("2 – much improved"),
                                SessionDialog::tr("3 – improved"),
                                SessionDialog::tr("4 – no change"), SessionDialog::tr("5 – worse")};
    for (int i = 0; i < grades.size(); ++i)
        box->addItem(grades[i], i + 1);
}

std::optional<int> gaisOf(const QComboBox *box)
{
    const int v = box->currentData().toInt();
    return v == 0 ? std::nullopt : std::optional<int>(v);
}

} // namespace

SessionDialog::SessionDialog(clinic::Services &services, const clinic::ActingUser &user,
                             qint64 appointmentId, QWidget *parent)
    : SessionDialog(services, user, services.sessions.start(user, appointmentId), std::nullopt,
                    parent)
{
}

SessionDialog::SessionDialog(clinic::Services &services, const clinic::ActingUser &user,
                             const records::SessionRecord &original, QWidget *parent)
    : SessionDialog(services, user, startOf(services, user, original), original, parent)
{
}

SessionDialog::SessionDialog(clinic::Services &services, const clinic::ActingUser &user,
                             clinic::SessionStart start,
                             std::optional<records::SessionRecord> original, QWidget *parent)
    : QDialog(parent), m_services(services), m_user(user), m_lang(ss(QLocale().name().left(2))),
      m_catalog(services.catalog.current(m_user)), m_start(std::move(start)),
      m_original(std::move(original)), m_technique(new QComboBox(this)),
      m_depthMin(new QDoubleSpinBox(this)), m_depthMax(new QDoubleSpinBox(this)),
      m_needle(new QLineEdit(this)), m_pain(new QSpinBox(this)), m_gaisPatient(new QComboBox(this)),
      m_gaisPractitioner(new QComboBox(this)), m_notes(new QPlainTextEdit(this)),
      m_lines(new QTableWidget(0, 5, this)), m_deviations(new QTableWidget(0, 2, this)),
      m_bodyMap(new BodyMapWidget(this)), m_message(new QLabel(this)),
      m_save(new QPushButton(m_original ? tr("&Sign the amendment") : tr("&Sign and save"), this))
{
    // The lots usable today; when amending, also those the record used (what it took goes back
    // to them first).
    for (const clinic::LotStatus &l : services.stock.stock(m_user, QDate::currentDate())) {
        const bool used =
            m_original && std::any_of(m_original->lines.begin(), m_original->lines.end(),
                                      [&](const auto &x) { return x.lotId == l.lot.id; });
        if ((!l.expired && !l.exhausted) || used)
            m_lots.push_back(l);
    }
    setWindowTitle(m_original ? tr("Amend session") : tr("Record session"));
    fitToScreen(this, {1100, 820});
    auto *layout = new QVBoxLayout(this);
    const QString area = nameOf(m_catalog->areas, ss(m_start.area), m_lang);
    auto *what =
        new QLabel(tr("Session %1 of %2 · %3 · %4")
                       .arg(m_start.sessionNumber)
                       .arg(m_start.plan.sessions)
                       .arg(area, nameOf(m_catalog->protocols, ss(m_start.protocol), m_lang)),
                   this);
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);
    what->setObjectName(QStringLiteral("sessionTitle"));
    layout->addWidget(what);
    for (const records::AdverseEventRecord &e : m_start.openEvents) {
        QString risk = e.risk;
        for (const core::Risk &r : m_catalog->risks) {
            if (qs(r.id) == e.risk)
                risk = qs(r.text.in(m_lang));
        }
        auto *open =
            new QLabel(tr("Adverse event still open: %1 (%2), since %3. Check it before "
                          "injecting.")
                           .arg(risk, clinic::AdverseEventService::severityName(e.severity),
                                QLocale().toString(e.onset, QLocale::ShortFormat)),
                       this);
        open->setObjectName(QStringLiteral("openAdverseEvent"));
        open->setTextFormat(Qt::PlainText);
        open->setWordWrap(true);
        setTone(open, Tone::Warning);
        QFont bold = open->font();
        bold.setBold(true);
        open->setFont(bold);
        layout->addWidget(open);
    }

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);

    auto *how = new QGroupBox(tr("How it was done"), left);
    auto *form = new QFormLayout(how);
    m_technique->addItem(tr("not recorded"), QString());
    for (const core::Technique &t : m_catalog->techniques)
        m_technique->addItem(qs(t.name.in(m_lang)), qs(t.id));
    m_technique->setCurrentIndex(std::max(0, m_technique->findData(m_start.technique)));
    form->addRow(tr("&Technique:"), m_technique);
    auto *depth = new QHBoxLayout;
    for (QDoubleSpinBox *box : {m_depthMin, m_depthMax}) {
        box->setRange(0, 20);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setSuffix(tr(" mm"));
    }
    m_depthMin->setValue(m_start.depthMinMm.value_or(0));
    m_depthMax->setValue(m_start.depthMaxMm.value_or(0));
    depth->addWidget(m_depthMin);
    depth->addWidget(new QLabel(tr("to"), how));
    depth->addWidget(m_depthMax);
    depth->addStretch(1);
    form->addRow(tr("Depth:"), depth);
    m_needle->setText(m_start.needle);
    form->addRow(tr("&Needle:"), m_needle);
    m_pain->setRange(-1, 10);
    m_pain->setSpecialValueText(tr("not recorded"));
    m_pain->setValue(-1);
    m_pain->setAccessibleName(tr("Pain from 0 to 10"));
    form->addRow(tr("&Pain (0–10):"), m_pain);
    fillGais(m_gaisPatient);
    fillGais(m_gaisPractitioner);
    form->addRow(tr("Outcome rated by the p&atient:"), m_gaisPatient);
    form->addRow(tr("Outcome rated by the p&ractitioner:"), m_gaisPractitioner);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(56);
    form->addRow(tr("N&otes:"), m_notes);
    if (m_original) {
        m_pain->setValue(m_original->pain.value_or(-1));
        m_gaisPatient->setCurrentIndex(m_original->gaisPatient.value_or(0));
        m_gaisPractitioner->setCurrentIndex(m_original->gaisPractitioner.value_or(0));
        m_notes->setPlainText(m_original->notes);
        for (const records::SessionDeviation &d : m_original->deviations)
            m_reasons[d.key] = d.reason;
        m_amendReason = new QLineEdit(how);
        m_amendReason->setPlaceholderText(tr("required: what was wrong in the signed record"));
        form->addRow(tr("&Why it is corrected:"), m_amendReason);
    }
    leftLayout->addWidget(how);

    auto *used = new QGroupBox(tr("What was injected"), left);
    auto *usedLayout = new QVBoxLayout(used);
    m_lines->setHorizontalHeaderLabels(
        {tr("Area"), tr("Product and lot"), tr("Volume"), tr("Points"), tr("Passes")});
    m_lines->horizontalHeader()->setSectionResizeMode(LotColumn, QHeaderView::Stretch);
    m_lines->verticalHeader()->setVisible(false);
    // Three lines without scrolling, and the whole dialog within a 1366x768 screen in French.
    m_lines->setMinimumHeight(130);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    usedLayout->addWidget(m_lines);
    auto *lineButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add line"), used),
         *remove = new QPushButton(tr("Remo&ve line"), used);
    lineButtons->addWidget(add);
    lineButtons->addWidget(remove);
    lineButtons->addStretch(1);
    usedLayout->addLayout(lineButtons);
    leftLayout->addWidget(used, 1);

    auto *deviations = new QGroupBox(tr("Deviations from the plan: give a reason for each"), left);
    auto *deviationsLayout = new QVBoxLayout(deviations);
    m_deviations->setHorizontalHeaderLabels({tr("Deviation"), tr("Reason")});
    m_deviations->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_deviations->verticalHeader()->setVisible(false);
    m_deviations->setWordWrap(true);
    m_deviations->setMaximumHeight(120);
    deviationsLayout->addWidget(m_deviations);
    leftLayout->addWidget(deviations);

    QList<BodyMapArea> areas;
    for (const core::Area &a : m_catalog->areas)
        areas.append({qs(a.id), qs(a.name.in(m_lang))});
    m_bodyMap->setAreas(areas);
    // Shows the treated areas; the lines are chosen in the table.
    m_bodyMap->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_bodyMap->setFocusPolicy(Qt::NoFocus);
    split->addWidget(left);
    split->addWidget(m_bodyMap);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    rememberSplitter(split, QStringLiteral("session"));
    layout->addWidget(split, 1);

    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    setTone(m_message, Tone::Danger);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    for (const records::SessionProductLine &l : m_start.suggested) {
        addLine(l.area, l.lotId, l.volumeMl);
        const int row = m_lines->rowCount() - 1;
        qobject_cast<QSpinBox *>(m_lines->cellWidget(row, PointsColumn))
            ->setValue(l.points.value_or(0));
        qobject_cast<QSpinBox *>(m_lines->cellWidget(row, PassesColumn))
            ->setValue(l.passes.value_or(0));
    }

    connect(add, &QPushButton::clicked, this,
            [this] { addLine(m_start.area, m_lots.empty() ? 0 : m_lots.front().lot.id, 0); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_lines->currentRow() >= 0)
            removeLine(m_lines->currentRow());
    });
    connect(m_technique, &QComboBox::currentIndexChanged, this, &SessionDialog::updateDeviations);
    connect(m_deviations, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 1)
            m_reasons[m_deviations->item(item->row(), 0)->data(Qt::UserRole).toString()] =
                item->text();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateDeviations();
    if (m_start.suggested.empty()) // after updateDeviations, which clears the message
        m_message->setText(tr("No product in stock holds only the planned cocktail: add the "
                              "lines of what was injected."));
}

SessionDialog::~SessionDialog() = default;

int SessionDialog::lineCount() const
{
    return m_lines->rowCount();
}

void SessionDialog::addLine(const QString &area, qint64 lotId, double volumeMl)
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    auto *areaBox = new QComboBox(m_lines);
    for (const core::Area &a : m_catalog->areas)
        areaBox->addItem(qs(a.name.in(m_lang)), qs(a.id));
    auto *lotBox = new QComboBox(m_lines);
    const QLocale locale;
    for (const clinic::LotStatus &l : m_lots)
        lotBox->addItem(tr("%1 · lot %2 · expires %3 · %4 mL left")
                            .arg(l.product.name, l.lot.lotNumber,
                                 locale.toString(l.lot.expiry, QLocale::ShortFormat),
                                 locale.toString(l.lot.remainingMl(), 'f', 2)),
                        l.lot.id);
    auto *volume = new QDoubleSpinBox(m_lines);
    volume->setRange(0, 100);
    volume->setDecimals(2);
    volume->setSingleStep(0.1);
    volume->setSuffix(tr(" mL"));
    auto *points = new QSpinBox(m_lines), *passes = new QSpinBox(m_lines);
    points->setRange(0, 10000);
    points->setSpecialValueText(tr("–"));
    passes->setRange(0, 20);
    passes->setSpecialValueText(tr("–"));
    m_lines->setCellWidget(row, AreaColumn, areaBox);
    m_lines->setCellWidget(row, LotColumn, lotBox);
    m_lines->setCellWidget(row, VolumeColumn, volume);
    m_lines->setCellWidget(row, PointsColumn, points);
    m_lines->setCellWidget(row, PassesColumn, passes);
    setLine(row, area, lotId, volumeMl);
    connect(areaBox, &QComboBox::currentIndexChanged, this, &SessionDialog::updateDeviations);
    connect(lotBox, &QComboBox::currentIndexChanged, this, &SessionDialog::updateDeviations);
    // Long area and product names shrink in their cells; the lot's whole text is its tooltip.
    for (QComboBox *box : {areaBox, lotBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == areaBox ? 10 : 24);
        box->setToolTip(box->currentText());
        connect(box, &QComboBox::currentTextChanged, box, &QComboBox::setToolTip);
    }
    connect(volume, &QDoubleSpinBox::valueChanged, this, &SessionDialog::updateDeviations);
    m_lines->resizeColumnToContents(AreaColumn);
    updateDeviations();
}

void SessionDialog::setLine(int row, const QString &area, qint64 lotId, double volumeMl)
{
    auto *areaBox = qobject_cast<QComboBox *>(m_lines->cellWidget(row, AreaColumn));
    auto *lotBox = qobject_cast<QComboBox *>(m_lines->cellWidget(row, LotColumn));
    auto *volume = qobject_cast<QDoubleSpinBox *>(m_lines->cellWidget(row, VolumeColumn));
    {
        const QSignalBlocker a(areaBox), l(lotBox), v(volume);
        areaBox->setCurrentIndex(std::max(0, areaBox->findData(area)));
        lotBox->setCurrentIndex(lotBox->findData(lotId));
        volume->setValue(volumeMl);
    }
    updateDeviations();
}

void SessionDialog::removeLine(int row)
{
    m_lines->removeRow(row);
    updateDeviations();
}

void SessionDialog::setTechnique(const QString &technique)
{
    m_technique->setCurrentIndex(m_technique->findData(technique));
}

void SessionDialog::setPain(int pain)
{
    m_pain->setValue(pain);
}

void SessionDialog::setAmendmentReason(const QString &reason)
{
    if (m_amendReason)
        m_amendReason->setText(reason);
}

QStringList SessionDialog::deviationKeys() const
{
    QStringList keys;
    for (int row = 0; row < m_deviations->rowCount(); ++row)
        keys << m_deviations->item(row, 0)->data(Qt::UserRole).toString();
    return keys;
}

void SessionDialog::setReason(const QString &deviationKey, const QString &reason)
{
    for (int row = 0; row < m_deviations->rowCount(); ++row) {
        if (m_deviations->item(row, 0)->data(Qt::UserRole).toString() == deviationKey)
            m_deviations->item(row, 1)->setText(reason); // itemChanged keeps it
    }
}

QString SessionDialog::message() const
{
    return m_message->text();
}

records::SessionRecord SessionDialog::draft() const
{
    records::SessionRecord r;
    r.appointmentId = m_start.appointment.id;
    r.technique = m_technique->currentData().toString();
    if (m_depthMax->value() > 0) {
        r.depthMinMm = m_depthMin->value();
        r.depthMaxMm = m_depthMax->value();
    }
    r.needle = m_needle->text().trimmed();
    if (m_pain->value() >= 0)
        r.pain = m_pain->value();
    r.gaisPatient = gaisOf(m_gaisPatient);
    r.gaisPractitioner = gaisOf(m_gaisPractitioner);
    r.notes = m_notes->toPlainText().trimmed();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        records::SessionProductLine l;
        l.area = qobject_cast<QComboBox *>(m_lines->cellWidget(row, AreaColumn))
                     ->currentData()
                     .toString();
        l.lotId = qobject_cast<QComboBox *>(m_lines->cellWidget(row, LotColumn))
                      ->currentData()
                      .toLongLong();
        l.volumeMl =
            qobject_cast<QDoubleSpinBox *>(m_lines->cellWidget(row, VolumeColumn))->value();
        if (const int points =
                qobject_cast<QSpinBox *>(m_lines->cellWidget(row, PointsColumn))->value())
            l.points = points;
        if (const int passes =
                qobject_cast<QSpinBox *>(m_lines->cellWidget(row, PassesColumn))->value())
            l.passes = passes;
        r.lines.push_back(l);
    }
    for (const QString &key : deviationKeys()) {
        const auto it = m_reasons.find(key);
        r.deviations.push_back({key, it == m_reasons.end() ? QString() : it->second});
    }
    return r;
}

void SessionDialog::updateDeviations()
{
    const records::SessionRecord r = draft();
    QSet<QString> treated;
    for (const records::SessionProductLine &l : r.lines)
        treated.insert(l.area);
    m_bodyMap->setRequestedAreas(treated);
    std::vector<core::Deviation> found;
    m_message->clear();
    try {
        found = m_services.sessions.deviations(m_user, r);
    } catch (const std::exception &e) {
        m_message->setText(refusal(e)); // a line it cannot read yet: said, not fatal
    }
    const QSignalBlocker blocker(m_deviations);
    m_deviations->setRowCount(0);
    for (const core::Deviation &d : found) {
        const QString key = qs(d.key());
        const int row = m_deviations->rowCount();
        m_deviations->insertRow(row);
        auto *what = new QTableWidgetItem(m_services.sessions.describe(m_user, d, m_lang));
        what->setData(Qt::UserRole, key);
        what->setFlags(what->flags() & ~Qt::ItemIsEditable);
        what->setToolTip(what->text());
        m_deviations->setItem(row, 0, what);
        const auto reason = m_reasons.find(key);
        m_deviations->setItem(
            row, 1, new QTableWidgetItem(reason == m_reasons.end() ? QString() : reason->second));
    }
    m_deviations->resizeRowsToContents();
}

bool SessionDialog::save()
{
    try {
        m_recorded = m_original ? m_services.sessions.amend(m_user, m_original->id, draft(),
                                                            m_amendReason->text())
                                : m_services.sessions.record(m_user, draft());
    } catch (const std::exception &e) {
        m_message->setText(tr("Not saved: %1").arg(refusal(e)));
        return false;
    }
    return true;
}

} // namespace meso::ui
