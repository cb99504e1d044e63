#include <fmt/format.h>

#include "domains/office/common.hpp"
#include "domains/office/plans/plans.hpp"
#include "services/print/document.hpp"

namespace zhixie::office::plans {

namespace {
std::string s(const nlohmann::json& v) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_null()) return "";
    return v.dump();
}
}  // namespace

std::string print_notice(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto n = get_notice(db, me, id);
    const auto& c = n["content"];
    print::Document doc(s(n["title"]));
    doc.heading(s(n["title"]))
        .line(cn_date(s(c["issued_on"])), "meta")
        .heading("一、总体情况", 2)
        .paragraphs(s(c["summary"]));
    std::vector<std::vector<std::string>> rows, open;
    for (const auto& b : c["plans"]["bodies"]) {
        rows.push_back({s(b["body_name"]), s(b["total"]), s(b["done"]), s(b["on_time"]), s(b["open"]),
                        fmt::format("{:.1f}%", b["rate"].get<double>())});
        for (const auto& i : b["items"])
            if (i["status"] != "done")
                open.push_back({s(b["body_name"]), s(i["content"]), s(i["owner_name"]),
                                cn_date(s(i["due_date"])), i["overdue"].get<bool>() ? "已超时限" : "未到时限",
                                s(i["supervision"])});
    }
    doc.heading("二、各部门完成情况", 2)
        .table({"部门", "计划事项", "已完成", "按时完成", "未完成", "完成率"}, rows);
    doc.heading("三、未完成事项清单", 2);
    if (open.empty())
        doc.paragraphs("本月计划事项全部完成。");
    else
        doc.table({"部门", "工作事项", "责任人", "完成时限", "状态", "督办意见"}, open);
    std::vector<std::vector<std::string>> overdue;
    for (const auto& t : c["tasks"]["overdue"])
        overdue.push_back({s(t["title"]), s(t["body_name"]) + s(t["staff_name"]), cn_date(s(t["deadline"])),
                           s(t["state_name"]), s(t["progress"]) + "%"});
    doc.heading("四、督查督办超期事项", 2);
    if (overdue.empty())
        doc.paragraphs("无超期未办结事项。");
    else
        doc.table({"督办事项", "承办部门/责任人", "办理时限", "状态", "进度"}, overdue);
    doc.line(me.committee_name + "办公室", "signature").line(cn_date(s(c["issued_on"])), "signature");
    return doc.html();
}

}  // namespace zhixie::office::plans
