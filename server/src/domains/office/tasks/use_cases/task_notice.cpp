#include <map>

#include <fmt/format.h>

#include "core/clock.hpp"
#include "domains/office/common.hpp"
#include "domains/office/tasks/tasks.hpp"
#include "services/print/document.hpp"

namespace zhixie::office::tasks {

std::string task_notice(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    auto t = task_json(tx, me, id);
    std::map<std::string, std::string> steps;  // transition code → its Chinese name
    for (const auto& r :
         tx.query("SELECT DISTINCT tr.code, tr.name_zh FROM wf_transitions tr JOIN wf_cases c ON "
                  "c.definition_id = tr.definition_id WHERE c.id = :case",
                  {{"case", t["case_id"].get<int64_t>()}}))
        steps[r.s("code")] = r.s("name_zh");
    steps["start"] = "交办";
    auto text = [](const nlohmann::json& v) { return v.is_string() ? v.get<std::string>() : std::string(); };
    print::Document doc("督办通知单");
    doc.heading("督办通知单")
        .line(fmt::format("{}　督〔{}〕{}号", me.committee_name, text(t["created_at"]).substr(0, 4), id),
              "meta")
        .table({"项目", "内容"},
               {{"督办事项", text(t["title"])},
                {"交办来源", text(t["source"])},
                {"承办部门", text(t["body_name"])},
                {"责任人", text(t["staff_name"])},
                {"办理时限", cn_date(text(t["deadline"]))},
                {"当前状态",
                 text(t["state_name_zh"]) + fmt::format("（进度{}%）", t["progress"].get<int64_t>()) +
                     (t["overdue"].get<bool>() ? fmt::format("，已超期{}天", t["days_overdue"].get<int64_t>())
                                               : "")}});
    if (!text(t["detail"]).empty()) doc.heading("具体要求", 2).paragraphs(text(t["detail"]));
    std::vector<std::vector<std::string>> history;
    for (const auto& h : t["case"]["history"]) {
        const std::string code = text(h["transition_code"]);
        history.push_back({cst_date(text(h["at"])), steps.count(code) ? steps[code] : code,
                           text(h["actor_name"]), text(h["note"])});
    }
    doc.heading("办理过程", 2)
        .table({"日期", "环节", "经办人", "说明"}, history)
        .line("请承办部门按时限办结，并及时报告办理情况。", "plain")
        .line(me.committee_name + "办公室", "signature")
        .line(cn_date(clock::today_cst()), "signature");
    return doc.html();
}

}  // namespace zhixie::office::tasks
