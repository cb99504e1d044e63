#include "demo/seed_duty.hpp"

#include <chrono>
#include <string>

#include "core/clock.hpp"
#include "demo/demo_person.hpp"
#include "demo/seed_duty_notices.hpp"
#include "domains/duty/duty.hpp"
#include "domains/duty/hooks.hpp"
#include "domains/duty/rules.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::demo {

namespace {

std::string days_ago(int days) {
    return clock::iso(clock::now() + std::chrono::hours(8) - std::chrono::hours(24 * days)).substr(0, 10);
}

// The points tables: Daye counts an accepted proposal 15 and gives the lead proposer full points.
void seed_rules(storage::Db& db, const Person& office, const char* code, int64_t year) {
    {
        auto tx = db.read();
        if (duty::load_rules(tx, office.me.committee_id, year).custom) return;
    }
    duty::Rules rules = duty::default_rules();
    if (std::string(code) == "daye") {
        rules.joint_split = "lead_full";
        for (auto& i : rules.items)
            if (i.kind == duty::kind::proposal_accepted) {
                i.points = 15;
                i.cap = 45;
            }
    }
    duty::update_rules(db, office.me, office.actor, Lang::zh, year, 0, duty::to_json(rules));
}

// The proposals' and contacts' records, through the hooks the proposal and liaison use cases call.
void backfill(storage::Db& db, int64_t committee_id) {
    auto tx = db.write();
    for (const auto& p :
         tx.query("SELECT id FROM proposals WHERE committee_id = :c AND case_id IS NOT NULL ORDER BY id",
                  {{"c", committee_id}}))
        duty::sync_proposal(tx, committee_id, p.i("id"));
    for (const auto& l :
         tx.query("SELECT id FROM contact_logs WHERE committee_id = :c ORDER BY id", {{"c", committee_id}}))
        duty::record_contact(tx, committee_id, l.i("id"));
    tx.commit();
}

// The demo member reports a practical deed (confirmed by the office) and a research trip (still waiting).
void seed_reports(storage::Db& db, const Person& office, int64_t committee_id) {
    auto member = person(db, committee_id, "weiyuan");
    if (!member) return;
    {
        auto tx = db.read();
        if (tx.one("SELECT id FROM duty_reports WHERE committee_id = :c AND reported_by = :u",
                   {{"c", committee_id}, {"u", member->me.user_id}}))
            return;
    }
    const std::string pdf = "%PDF-1.4\n% demo evidence\n%%EOF\n";
    const std::string deed_day = days_ago(40), research_day = days_ago(6);
    if (deed_day.substr(0, 4) != research_day.substr(0, 4)) return;  // early January: nothing this year yet
    auto deed = duty::report_duty(db, member->me, member->actor, Lang::zh,
                                  {std::string(duty::kind::deed), deed_day, "协调解决村民饮水管网维修问题",
                                   "走访发现村组供水管网老化漏水，协调水利部门和镇政府落实维修资金，两周内完"
                                   "成维修，恢复 86 户群众正常供水。",
                                   "饮水管网维修验收单.pdf", pdf});
    duty::decide_report(db, office.me, office.actor, Lang::zh, deed["id"].get<int64_t>(), true, "",
                        std::nullopt);
    duty::report_duty(
        db, member->me, member->actor, Lang::zh,
        {std::string(duty::kind::research), research_day, "参加乡村教育振兴专题调研",
         "随教科卫体委到三所乡镇中学调研教师队伍建设情况，形成调研笔记一份。", "调研笔记.pdf", pdf});
}

}  // namespace

void seed_duty(storage::Db& db, int64_t committee_id, const char* code) {
    auto office = person(db, committee_id, "bangongshi");
    if (!office) return;
    const int64_t year = std::stoll(clock::today_cst().substr(0, 4));
    backfill(db, committee_id);
    seed_reports(db, *office, committee_id);
    seed_previous_plenary(db, committee_id);
    for (int64_t y : {year - 1, year}) {
        seed_rules(db, *office, code, y);  // saving the rules computes the year's scores
        duty::recompute_scores(db, office->me, office->actor, y);
    }
    seed_duty_notices(db, committee_id, year);
}

}  // namespace zhixie::demo
