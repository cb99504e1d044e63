#pragma once
// The office's work rhythm (Daye's 工作备忘录): each body's weekly arrangement (周安排) and monthly plan
// (月计划) with items, owners and due dates; staff report their items done; the monthly supervision
// (月督办) looks at every item due in the month; the monthly checklist notice (月通报) is generated from
// what was and was not done, kept as issued, published in the app and printable.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "audit/actor.hpp"
#include "auth/principal.hpp"
#include "core/field_errors.hpp"
#include "storage/db.hpp"

namespace zhixie::office::plans {

const FieldLabels& labels();
// The first and last day of a plan's period: "2026-05" (month) or "2026-W18" (ISO week); nothing if invalid.
std::optional<std::pair<std::string, std::string>> period_days(const std::string& kind,
                                                               const std::string& period);

struct ItemFields {
    std::string content, due_date;
    std::optional<int64_t> owner_staff_id;
};
struct NewPlan {
    int64_t body_id = 0;
    std::string kind;    // week | month
    std::string period;  // 2026-W18 | 2026-05
    std::string title;   // default: "<body> 2026年5月工作计划"
    std::vector<ItemFields> items;
};
// 409 plan_exists when the body already has a plan for the period.
nlohmann::json create_plan(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           const NewPlan& p);
struct PlanQuery {
    std::string kind;
    std::string month;  // plans whose period falls in this month
    std::optional<int64_t> body_id;
};
nlohmann::json list_plans(storage::Db& db, const auth::Principal& me, const PlanQuery& q);
nlohmann::json get_plan(storage::Db& db, const auth::Principal& me, int64_t id);
nlohmann::json add_item(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                        int64_t plan_id, const ItemFields& f);

struct ItemReport {
    std::optional<std::string> status;   // pending | done | cancelled
    std::optional<std::string> done_on;  // default today when marked done
    std::optional<std::string> result;
    std::optional<std::string> supervision;  // the monthly supervision's remark (managers only)
    int64_t version = 0;
};
// Owners (and staff of the plan's body) report on their items; managers may report on any and remark on it.
nlohmann::json report_item(storage::Db& db, const auth::Principal& me, const audit::Actor& actor, Lang lang,
                           int64_t item_id, const ItemReport& r);

// 月督办: every plan item due in the month, by body, with what is done (on time or late) and what is not.
nlohmann::json month_supervision(storage::Db& db, const auth::Principal& me, const std::string& month);

// 月通报: issues the month's notice from the supervision (and the supervised tasks); 409 notice_exists.
nlohmann::json issue_notice(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                            const std::string& month);
nlohmann::json list_notices(storage::Db& db, const auth::Principal& me, std::optional<int> year);
nlohmann::json get_notice(storage::Db& db, const auth::Principal& me, int64_t id);
std::string print_notice(storage::Db& db, const auth::Principal& me, int64_t id);

// ---- shared by the use cases (plan_record.cpp) ----
nlohmann::json plan_json(storage::Tx& tx, int64_t committee_id, int64_t id);  // 404 if not this committee's
void check_item(storage::Tx& tx, int64_t committee_id, const std::pair<std::string, std::string>& period,
                const ItemFields& f, FieldErrors& e);
int64_t insert_item(storage::Tx& tx, int64_t committee_id, int64_t plan_id, int64_t seq, const ItemFields& f);
// The supervision figures of a month inside a transaction.
nlohmann::json supervision_in(storage::Tx& tx, const auth::Principal& me, const std::string& month);
// issue_notice.cpp: issues the month's notice inside the caller's transaction.
nlohmann::json issue_notice_in(storage::Tx& tx, const auth::Principal& me, const audit::Actor& actor,
                               const std::string& month);

}  // namespace zhixie::office::plans
