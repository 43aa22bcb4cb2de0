#include "recipientlistmodel.h"

#include "domain/benefitcategory.h"
#include "domain/benefitlifecycle.h"
#include "domain/bigdataconclusion.h"
#include "domain/idnumber.h"
#include "domain/ledgerband.h"
#include "domain/specialgroup.h"
#include "logging.h"
#include "store/database.h"
#include "verification/contactlog.h"
#include "verification/verificationevent.h"

#include <QBrush>
#include <QColor>
#include <QElapsedTimer>

namespace certdesk
{

RecipientListModel::RecipientListModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

QList<RecipientListModel::Column> RecipientListModel::columnsFor(Ledger list)
{
    switch (list) {
    case Ledger::ToVerify:
    case Ledger::BigData:
        return {NameColumn,        IdNumberColumn,  AgeColumn,       CommunityColumn,
                ConclusionColumn,  DetailColumn,    SourceColumn,    BehaviourColumn,
                LastContactColumn, LastCheckColumn, PeriodEndColumn, StatusColumn};
    case Ledger::LostEligibility:
        return {NameColumn,       IdNumberColumn, AgeColumn,       CommunityColumn, StatusColumn,
                ConclusionColumn, DetailColumn,   LastCheckColumn, PhoneColumn};
    case Ledger::HomeVisit:
        // The loss column last: at 1366 pixels the columns a worker acts on (why,
        // due, days left, phone) come first, and the red mark before the name already
        // shows a loss where the column is scrolled away (issue 17).
        return {NameColumn,           IdNumberColumn,      AgeColumn,       SpecialColumn,
                VisitDueColumn,       VisitDaysLeftColumn, PhoneColumn,     CommunityColumn,
                VisitRequestedColumn, LastCheckColumn,     PeriodEndColumn, StatusColumn,
                LossFlagColumn};
    default:
        // What a worker calls about first (end, days left, phone), then the rest:
        // at 1366 pixels the phone was behind the scroll bar (issue 17).
        return {NameColumn,      IdNumberColumn,    SexColumn,    AgeColumn,
                PeriodEndColumn, DaysLeftColumn,    PhoneColumn,  CategoryColumn,
                CommunityColumn, LastContactColumn, StatusColumn, LossFlagColumn};
    }
}

void RecipientListModel::setQuery(const LedgerQuery &query, const QDate &today)
{
    QElapsedTimer timer;
    timer.start();
    beginResetModel();
    m_query = query;
    if (!m_limit.code.isEmpty())
        m_query->limitTo(m_limit);
    m_today = today;
    m_columns = columnsFor(query.list());
    m_rows.clear();
    m_atEnd = false;
    QList<RecipientRow> page;
    if (fetchPage(&page))
        m_rows.append(page);
    // Listeners of modelReset and rowsInserted (QAbstractItemModelTester, some
    // views) may call fetchMore() from inside the signal; rows inserted then would
    // nest in the change being announced, so such calls wait for the next one.
    m_announcing = true;
    endResetModel();
    m_announcing = false;
    qCDebug(lcLists) << "list" << Ledgers::key(query.list()) << "first page in" << timer.elapsed()
                     << "ms";
}

void RecipientListModel::setRevealIdNumbers(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    const int col = int(m_columns.indexOf(IdNumberColumn));
    if (col >= 0 && !m_rows.isEmpty())
        emit dataChanged(index(0, col), index(m_rows.size() - 1, col));
}

qint64 RecipientListModel::recipientId(int row) const
{
    const RecipientRow *r = this->row(row);
    return r ? r->id : 0;
}

const RecipientRow *RecipientListModel::row(int row) const
{
    return m_rows.at(row,
                     [this](const QVariant &afterKey, qint64 afterId, QList<RecipientRow> *rows) {
                         QString error;
                         if (!m_query || !m_query->fetch(m_db.connection(), afterKey, afterId,
                                                         PageSize, rows, &error)) {
                             qCWarning(lcLists) << "list page could not be read again:" << error;
                             return false;
                         }
                         return true;
                     });
}

bool RecipientListModel::fetchPage(QList<RecipientRow> *rows)
{
    if (!m_query || m_atEnd)
        return false;
    const QVariant afterKey = m_rows.endKey();
    const qint64 afterId = m_rows.endId();
    QString error;
    if (!m_query->fetch(m_db.connection(), afterKey, afterId, PageSize, rows, &error)) {
        m_atEnd = true;
        m_lastError = error;
        qCWarning(lcLists) << "list query failed:" << error;
        emit queryFailed(error);
        return false;
    }
    if (rows->size() < PageSize)
        m_atEnd = true;
    return true;
}

int RecipientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int RecipientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

bool RecipientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void RecipientListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_announcing)
        return;
    // Guard the whole insertion: listeners of rowsAboutToBeInserted/rowsInserted may
    // call fetchMore() again, and a nested insertion would break the first one.
    m_announcing = true;
    QList<RecipientRow> page;
    if (fetchPage(&page) && !page.isEmpty()) {
        const int first = m_rows.size();
        beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
    }
    m_announcing = false;
}

void RecipientListModel::sort(int column, Qt::SortOrder order)
{
    if (!m_query || column < 0 || column >= m_columns.size())
        return;
    LedgerQuery::SortKey key = LedgerQuery::SortKey::Default;
    switch (m_columns.at(column)) {
    case NameColumn:
        key = LedgerQuery::SortKey::Name;
        break;
    case IdNumberColumn:
        key = LedgerQuery::SortKey::IdNumber;
        break;
    // Older means an earlier birth date, so age order is the reverse of birth order.
    case AgeColumn:
        key = LedgerQuery::SortKey::Birth;
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        break;
    case PeriodEndColumn:
    case DaysLeftColumn:
        key = LedgerQuery::SortKey::PeriodEnd;
        break;
    case CommunityColumn:
        key = LedgerQuery::SortKey::Community;
        break;
    // The home-visit list's own order is by urgency (the most overdue first).
    case VisitDueColumn:
    case VisitDaysLeftColumn:
        key = LedgerQuery::SortKey::Default;
        order = Qt::AscendingOrder;
        break;
    default:
        key = LedgerQuery::SortKey::Default;
        break;
    }
    LedgerQuery q = *m_query;
    q.setSort(key, order);
    setQuery(q, m_today);
}

QString RecipientListModel::columnTitle(Column c)
{
    switch (c) {
    case NameColumn:
        return tr("Name");
    case IdNumberColumn:
        return tr("ID number");
    case SexColumn:
        return tr("Sex");
    case AgeColumn:
        return tr("Age");
    case CategoryColumn:
        return tr("Benefit");
    case CommunityColumn:
        return tr("Community");
    case PeriodEndColumn:
        return tr("Period ends");
    case DaysLeftColumn:
        return tr("Days left");
    case PhoneColumn:
        return tr("Phone");
    case ConclusionColumn:
        return tr("Conclusion");
    case DetailColumn:
        return tr("Description");
    case SourceColumn:
        return tr("Source");
    case BehaviourColumn:
        return tr("Latest behaviour");
    case SpecialColumn:
        return tr("Special group");
    case VisitRequestedColumn:
        return tr("Visit requested");
    case VisitDueColumn:
        return tr("Visit due");
    case VisitDaysLeftColumn:
        return tr("Visit days left");
    case LastContactColumn:
        return tr("Last reminder");
    case LastCheckColumn:
        return tr("Checked");
    case StatusColumn:
        return tr("Payment");
    case LossFlagColumn:
        return tr("Big data");
    }
    return {};
}

QVariant RecipientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(m_columns.at(section));
    return {};
}

bool RecipientListModel::isBigDataLoss(const RecipientRow &row)
{
    // QD 18(一), GD 3, UR 六(五)1: a loss found by the comparison (death, prison ...)
    // is acted on, so a worker must see it wherever the person is listed.
    return row.conclusionRank == int(BigDataConclusion::Disqualified);
}

QVariant RecipientListModel::display(const RecipientRow &row, Column c) const
{
    if (c == AgeColumn)
        return ageOn(row.birth, m_today); // a number: the view aligns and compares it as one
    return cellText(row, c, m_today, m_reveal);
}

QString RecipientListModel::cellText(const RecipientRow &row, Column c, const QDate &today,
                                     bool revealIdNumbers)
{
    switch (c) {
    case NameColumn:
        return row.name;
    case IdNumberColumn:
        return revealIdNumbers ? row.idNumber : IdNumber::mask(row.idNumber);
    case SexColumn:
        return row.sex == QLatin1Char('F') ? tr("F") : tr("M");
    case AgeColumn:
        return QString::number(ageOn(row.birth, today));
    case CategoryColumn: {
        const auto cat = BenefitCategories::fromKey(row.category);
        return cat ? BenefitCategories::displayName(*cat) : row.category;
    }
    case CommunityColumn:
        return row.communityName;
    case PeriodEndColumn:
        return row.periodEnd.isValid() ? row.periodEnd.toString(Qt::ISODate) : tr("None");
    case DaysLeftColumn: {
        if (!row.periodEnd.isValid())
            return QString();
        const qint64 days = today.daysTo(row.periodEnd);
        return days < 0 ? tr("%n day(s) overdue", "", int(-days)) : tr("%n day(s)", "", int(days));
    }
    case PhoneColumn:
        return row.phone;
    case ConclusionColumn: {
        const auto c =
            row.conclusionRank ? BigDataConclusions::fromRank(*row.conclusionRank) : std::nullopt;
        return c ? BigDataConclusions::displayName(*c) : QString();
    }
    case DetailColumn:
        return row.bigdataDetail;
    case SourceColumn: {
        if (row.conclusionRank == int(BigDataConclusion::Disqualified)) {
            const QString name = BigDataConclusions::disqualifiedReasonName(row.bigdataSource);
            return name.isEmpty() ? row.bigdataSource : name;
        }
        const QString name = BigDataConclusions::qualifiedChannelName(row.bigdataSource);
        return name.isEmpty() ? row.bigdataSource : name;
    }
    case BehaviourColumn:
        return row.bigdataBehaviour;
    case LossFlagColumn:
        return isBigDataLoss(row)
                   ? tr("⚠ %1", "big-data loss flag")
                         .arg(BigDataConclusions::displayName(BigDataConclusion::Disqualified))
                   : QString();
    case SpecialColumn:
        return SpecialGroup::reasons(row.birth, row.specialFlags, today).join(QStringLiteral("、"));
    case VisitRequestedColumn:
        return row.visitRequested.isValid() ? row.visitRequested.toString(Qt::ISODate) : QString();
    case VisitDueColumn:
        if (row.visitDue.isValid())
            return row.visitDue.toString(Qt::ISODate);
        // An open request where the region's rules set no deadline (only UR 七(三)
        // sets one: 5 working days); nothing is invented for the others.
        return row.visitRequested.isValid() ? tr("No deadline in local rules") : QString();
    case VisitDaysLeftColumn: {
        if (!row.visitDue.isValid())
            return QString();
        const qint64 days = today.daysTo(row.visitDue);
        if (days < 0)
            return tr("%n day(s) overdue", "", int(-days));
        return days == 0 ? tr("Due today") : tr("%n day(s) left", "", int(days));
    }
    case StatusColumn: {
        const auto status = BenefitLifecycle::statusFromKey(row.benefitStatus);
        return status ? BenefitLifecycle::displayName(*status) : row.benefitStatus;
    }
    case LastCheckColumn:
        if (!row.livingStatus.isEmpty() && row.livingStatus != QLatin1String("alive")) {
            const auto status = VerificationTerms::statusFromKey(row.livingStatus);
            return status ? VerificationTerms::displayName(*status) : row.livingStatus;
        }
        return row.lastCheck.isValid() ? row.lastCheck.toString(Qt::ISODate) : QString();
    case LastContactColumn:
        return row.lastContact.isValid() ? tr("%1 %2", "reminder date and outcome")
                                               .arg(row.lastContact.toString(Qt::ISODate),
                                                    ContactLog::outcomeName(row.lastContactOutcome))
                                         : QString();
    }
    return {};
}

QVariant RecipientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return {};
    const RecipientRow *shown = this->row(index.row());
    if (!shown)
        return {};
    const RecipientRow &row = *shown;
    const Column c = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, c);
    case Qt::ToolTipRole:
        if ((c == NameColumn || c == LossFlagColumn) && isBigDataLoss(row)) {
            const QString reason = BigDataConclusions::disqualifiedReasonName(row.bigdataSource);
            return tr("The big-data comparison marks %1 as %2 (%3). Check before the next "
                      "payment.")
                .arg(row.name, BigDataConclusions::displayName(BigDataConclusion::Disqualified),
                     reason.isEmpty() ? row.bigdataSource : reason);
        }
        if (c == VisitDueColumn && row.visitRequested.isValid() && !row.visitDue.isValid())
            return tr("This region's rules set no deadline for a home visit; it is never "
                      "shown as overdue.");
        return display(row, c);
    case RecipientIdRole:
        return row.id;
    case ColumnKindRole:
        return int(c);
    case Qt::DecorationRole:
        // A red mark before the name: the loss is seen even where the column is scrolled away.
        if (c == NameColumn && isBigDataLoss(row))
            return QColor(0xb0, 0x20, 0x20);
        return {};
    case Qt::ForegroundRole:
        if (c == LossFlagColumn)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if ((c == DaysLeftColumn || c == PeriodEndColumn) && row.periodEnd.isValid() &&
            row.periodEnd < m_today)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if (c == ConclusionColumn && row.conclusionRank == int(BigDataConclusion::Disqualified))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        if ((c == VisitDueColumn || c == VisitDaysLeftColumn) && row.visitDue.isValid() &&
            row.visitDue < m_today)
            return QBrush(QColor(0xb0, 0x20, 0x20)); // overdue
        if ((c == VisitDueColumn || c == VisitDaysLeftColumn) && row.visitDue.isValid() &&
            m_today.daysTo(row.visitDue) <= 2)
            return QBrush(QColor(0xb0, 0x70, 0x00)); // due within two days
        return {};
    case Qt::TextAlignmentRole:
        if (c == AgeColumn || c == DaysLeftColumn || c == VisitDaysLeftColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

} // namespace certdesk
