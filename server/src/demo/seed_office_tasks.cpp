// Supervised tasks around today: some closed on time, some in progress, some overdue and chased, each step in
// the workflow's history on the day it happened.
#include "core/clock.hpp"
#include "demo/office_seed.hpp"
#include "domains/office/tasks/tasks.hpp"
#include "workflow/engine.hpp"

namespace zhixie::demo {

namespace {

struct TaskSeed {
    const char* title;
    const char* source;
    const char* body;  // the body it goes to
    bool to_person;    // also to a person of that body
    int assigned;      // days from today
    int deadline;      // days from today
    // steps after assignment: transition, days from today, progress (for report_progress), note
    std::vector<std::tuple<const char*, int, int, const char*>> steps;
};

std::vector<TaskSeed> tasks_for(bool daye) {
    const char* farming = daye ? "农业农村委员会" : "经济委员会";
    const char* social = "社会和法制委员会";
    return {
        {"落实市委书记批示，牵头督办“城区停车难”重点提案",
         "书记批示",
         "提案委员会",
         false,
         -75,
         -40,
         {{"accept", -74, 0, "已签收，制定督办方案"},
          {"report_progress", -60, 50, "召开提案办理协商会，承办单位明确新增停车位计划"},
          {"report_done", -42, 0, "新增公共停车位860个，提案者表示满意"},
          {"approve", -41, 0, "按期办结"}}},
        {"编印本会工作制度汇编",
         "主席会议",
         "办公室",
         true,
         -50,
         -20,
         {{"accept", -49, 0, ""},
          {"report_done", -22, 0, "汇编已印发各委室"},
          {"approve", -21, 0, "验收通过"}}},
        {"组织委员视察农村人居环境整治工作",
         "主席会议",
         farming,
         false,
         -30,
         -5,
         {{"accept", -29, 0, ""},
          {"report_progress", -15, 50, "视察方案已报批，视察点位已确定"},
          {"chase", -6, 0, "时限将至，请抓紧组织视察并形成报告"}}},
        {"起草本年度协商工作计划",
         "主席会议",
         "办公室",
         true,
         -12,
         10,
         {{"accept", -11, 0, ""}, {"report_progress", -4, 60, "初稿已征求各专委会意见"}}},
        {"整理上半年社情民意信息并选题调研",
         "秘书长办公会",
         social,
         false,
         -25,
         -2,
         {{"chase", -3, 0, "请于本周内报送整理结果"}}},
        {"做好驻点村帮扶项目资金拨付和公示", "主席会议", "办公室", false, -3, 20, {}},
    };
}

}  // namespace

namespace {
// The demo login who takes a step: the leader assigns, chases and accepts; the office reports.
audit::Actor login(const OfficeSeed& s, const char* username) {
    auto u = s.tx.one("SELECT id FROM users WHERE committee_id = :c AND username = :u",
                      {{"c", s.me.committee_id}, {"u", std::string(username)}});
    if (!u) return s.actor;
    return {u->i("id"), s.me.committee_id, username, ""};
}
}  // namespace

void seed_office_tasks(OfficeSeed& s) {
    const std::string today = clock::today_cst();
    const audit::Actor leader = login(s, "lingdao"), office = login(s, "bangongshi");
    workflow::install_defaults(s.tx, s.me.committee_id, s.actor);
    for (const auto& t : tasks_for(s.code == "daye")) {
        const int64_t body = s.body(t.body);
        storage::Value person;
        if (t.to_person)  // the demo office staff login (ganbu) is the person responsible
            if (auto g = s.tx.one(
                    "SELECT s.id FROM staff s JOIN users u ON u.id = s.user_id WHERE s.committee_id = :c "
                    "AND u.username = 'ganbu'",
                    {{"c", s.me.committee_id}}))
                person = g->i("id");
        const std::string assigned = day_offset(today, t.assigned);
        const int64_t id = s.tx.insert(
            "INSERT INTO office_tasks (committee_id, title, source, body_id, staff_id, deadline, "
            "assigned_by, "
            "created_at, updated_at) VALUES (:c, :t, :src, :b, :s, :dl, :by, :at, :at) RETURNING id",
            {{"c", s.me.committee_id},
             {"t", std::string(t.title)},
             {"src", std::string(t.source)},
             {"b", body},
             {"s", person},
             {"dl", day_offset(today, t.deadline)},
             {"by", leader.user_id ? storage::Value(*leader.user_id) : storage::Value{}},
             {"at", assigned + "T01:00:00Z"}});
        const int64_t case_id = workflow::start_case(s.tx, s.me.committee_id, office::tasks::kWorkflow,
                                                     "office_task", id, leader);
        s.tx.exec("UPDATE office_tasks SET case_id = :case WHERE id = :id", {{"case", case_id}, {"id", id}});
        auto backdate = [&](const std::string& day) {
            s.tx.exec(
                "UPDATE wf_history SET at = :at WHERE id = (SELECT MAX(id) FROM wf_history WHERE case_id = "
                ":case)",
                {{"at", day + "T02:00:00Z"}, {"case", case_id}});
        };
        backdate(assigned);
        int64_t progress = 0;
        storage::Value completed;
        for (const auto& [transition, when, percent, note] : t.steps) {
            std::string text = note;
            if (std::string(transition) == "report_progress") {
                progress = percent;
                text = "进度" + std::to_string(percent) + "%：" + text;
            }
            if (std::string(transition) == "report_done") {
                progress = 100;
                completed = day_offset(today, when);
            }
            const bool reporting =
                std::string(transition).rfind("report", 0) == 0 || std::string(transition) == "accept";
            workflow::fire(s.tx, s.me.committee_id, s.me.permissions, reporting ? office : leader,
                           {case_id, transition, std::nullopt, text});
            backdate(day_offset(today, when));
        }
        s.tx.exec("UPDATE office_tasks SET progress = :p, completed_on = :done WHERE id = :id",
                  {{"p", progress}, {"done", completed}, {"id", id}});
    }
}

}  // namespace zhixie::demo
