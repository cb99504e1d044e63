#include <chrono>

#include <fmt/format.h>

#include "core/clock.hpp"
#include "core/error.hpp"
#include "domains/office/common.hpp"
#include "domains/office/plans/plans.hpp"

namespace zhixie::office::plans {

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"body_id", {"部门", "Body"}},          {"kind", {"计划类型", "Plan type"}},
        {"period", {"计划期", "Period"}},       {"title", {"标题", "Title"}},
        {"items", {"计划事项", "Items"}},       {"content", {"工作事项", "Item"}},
        {"due_date", {"完成时限", "Due date"}}, {"owner_staff_id", {"责任人", "Owner"}},
        {"status", {"完成情况", "Status"}},     {"done_on", {"完成日期", "Done on"}},
        {"result", {"完成结果", "Result"}},     {"supervision", {"督办意见", "Supervision remark"}},
    };
    return l;
}

std::optional<std::pair<std::string, std::string>> period_days(const std::string& kind,
                                                               const std::string& period) {
    using namespace std::chrono;
    if (kind == "month") {
        if (!is_month(period)) return std::nullopt;
        return month_days(period);
    }
    if (kind != "week" || period.size() != 8 || period.substr(4, 2) != "-W") return std::nullopt;
    int y = 0, w = 0;
    if (std::sscanf(period.c_str(), "%4d-W%2d", &y, &w) != 2 || y < 1949 || y > 2200 || w < 1)
        return std::nullopt;
    // ISO 8601: week 1 holds 4 January; weeks start on Monday
    sys_days jan4 = year{y} / January / 4;
    sys_days monday = jan4 - days{(weekday{jan4}.iso_encoding() - 1)} + weeks{w - 1};
    sys_days next_jan4 = year{y + 1} / January / 4;
    if (monday >= next_jan4 - days{(weekday{next_jan4}.iso_encoding() - 1)})
        return std::nullopt;  // no week 53
    auto day = [](sys_days d) {
        year_month_day ymd{d};
        return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(ymd.year()),
                           static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    };
    return std::pair{day(monday), day(monday + days{6})};
}

nlohmann::json plan_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT p.id, p.body_id, b.name AS body_name, p.kind, p.period, p.title, p.created_at FROM "
        "office_plans p "
        "JOIN bodies b ON b.id = p.body_id WHERE p.id = :id AND p.committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    auto o = r->json();
    auto days = period_days(r->s("kind"), r->s("period"));
    o["from"] = days ? days->first : "";
    o["to"] = days ? days->second : "";
    o["items"] =
        items_json(tx.query("SELECT i.id, i.seq, i.content, i.owner_staff_id, s.name AS owner_name, "
                            "i.due_date, i.status, i.done_on, "
                            "i.result, i.supervision, i.version, i.updated_at FROM office_plan_items i LEFT "
                            "JOIN staff s ON s.id = "
                            "i.owner_staff_id WHERE i.plan_id = :id ORDER BY i.seq, i.id",
                            {{"id", id}}))["items"];
    return o;
}

void check_item(storage::Tx& tx, int64_t committee_id, const std::pair<std::string, std::string>& period,
                const ItemFields& f, FieldErrors& e) {
    check::required(e, "content", f.content, 500);
    if (check::date(e, "due_date", f.due_date, true) &&
        (f.due_date < period.first || f.due_date > period.second))
        e.add("due_date", "field_outside_period",
              {{"value", f.due_date}, {"from", period.first}, {"to", period.second}});
    if (f.owner_staff_id && !find_staff(tx, committee_id, *f.owner_staff_id))
        e.add("owner_staff_id", "field_unknown_ref", {{"value", *f.owner_staff_id}});
}

int64_t insert_item(storage::Tx& tx, int64_t committee_id, int64_t plan_id, int64_t seq,
                    const ItemFields& f) {
    return tx.insert(
        "INSERT INTO office_plan_items (committee_id, plan_id, seq, content, owner_staff_id, due_date, "
        "updated_at) "
        "VALUES (:c, :p, :seq, :content, :owner, :due, :now) RETURNING id",
        {{"c", committee_id},
         {"p", plan_id},
         {"seq", seq},
         {"content", f.content},
         {"owner", nullable(f.owner_staff_id)},
         {"due", f.due_date},
         {"now", clock::now_iso()}});
}

}  // namespace zhixie::office::plans
