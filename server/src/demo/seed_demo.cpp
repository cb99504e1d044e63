#include "demo/seed_demo.hpp"

#include <map>

#include "audit/actor.hpp"
#include "auth/password.hpp"
#include "demo/seed_org.hpp"
#include "demo/seed_members.hpp"
#include "demo/seed_proposals.hpp"
#include "demo/seed_conversion.hpp"
#include "demo/seed_office.hpp"
#include "demo/seed_consultation.hpp"
#include "demo/seed_duty.hpp"
#include "demo/seed_meetings.hpp"
#include "domains/committees/committees.hpp"
#include "domains/users/users.hpp"
#include "workflow/engine.hpp"

namespace zhixie::demo {

namespace {

struct CommitteeSeed {
    const char* code;
    const char* name;
    const char* short_name;
    const char* level;
    const char* region;
    const char* parent;  // code, or nullptr
};

// Provinces and cities exist so each county-level committee sits in its real hierarchy.
const CommitteeSeed kCommittees[] = {
    {"shaanxi", "政协陕西省委员会", "陕西省政协", "province", "陕西省", nullptr},
    {"yulin", "政协榆林市委员会", "榆林市政协", "city", "陕西省榆林市", "shaanxi"},
    {"qingjian", "政协清涧县委员会", "清涧县政协", "county", "陕西省榆林市清涧县", "yulin"},
    {"hubei", "政协湖北省委员会", "湖北省政协", "province", "湖北省", nullptr},
    {"huangshi", "政协黄石市委员会", "黄石市政协", "city", "湖北省黄石市", "hubei"},
    {"daye", "政协大冶市委员会", "大冶市政协", "county", "湖北省黄石市大冶市", "huangshi"},
};

struct UserSeed {
    const char* username;
    const char* role;
};

const UserSeed kUsers[] = {
    {"admin", "platform_admin"},   {"bangongshi", "office_admin"},
    {"tianwei", "proposal_staff"}, {"zhuanwei", "committee_staff"},
    {"lingdao", "leader"},         {"weiyuan", "member"},
    {"chengban", "unit"},          {"dangzheng", "party_gov_leader"},
    {"ganbu", "office_staff"},
};

// Display names per committee, in the order of kUsers.
const std::map<std::string, std::vector<const char*>> kNames = {
    {"qingjian",
     {"系统管理员", "白雪梅", "惠建军", "高振华", "刘思源", "张三丰", "县教育局办公室", "王书记", "李小燕"}},
    {"daye",
     {"系统管理员", "陈慧敏", "柯卫东", "石磊", "刘德明", "黄丽华", "市住建局办公室", "周市长", "吴晓峰"}},
};

const std::map<std::string, ProposalSeedSpec> kProposalSeeds = {
    {"qingjian",
     {"县", "清涧县", "红枣", "路遥故居", "加强水土流失综合治理", "县委书记", "县长", "民盟清涧县支部", 35,
      7}},
    {"daye",
     {"市", "大冶市", "大冶黄桃", "铜绿山古铜矿遗址", "加快废弃矿山生态修复", "市委书记", "市长",
      "民盟大冶市委员会", 35, 11}},
};

}  // namespace

std::vector<DemoLogin> seed_demo(storage::Db& db) {
    std::vector<DemoLogin> logins;
    const std::string hash =
        auth::hash_password(kDemoPassword);  // one hash: demo accounts share the password
    auto tx = db.write();
    std::map<std::string, int64_t> ids;
    for (const auto& c : kCommittees) {
        auto row = tx.one("SELECT id FROM committees WHERE code = :c", {{"c", std::string(c.code)}});
        if (row) {
            ids[c.code] = row->i("id");
        } else {
            std::optional<int64_t> parent;
            if (c.parent) parent = ids.at(c.parent);
            ids[c.code] = committees::create(tx, audit::system_actor(),
                                             {c.code, c.name, c.short_name, c.level, c.region, parent});
        }
        workflow::install_defaults(tx, ids[c.code], audit::system_actor(ids[c.code]));
    }
    for (const auto& [code, names] : kNames) {
        const int64_t committee_id = ids.at(code);
        for (size_t k = 0; k < std::size(kUsers); ++k) {
            const auto& u = kUsers[k];
            if (!tx.one("SELECT id FROM users WHERE committee_id = :c AND username = :u",
                        {{"c", committee_id}, {"u", std::string(u.username)}}))
                users::create_user(tx, audit::system_actor(committee_id),
                                   {committee_id, u.username, names[k], kDemoPassword, {u.role}, false},
                                   hash);
            logins.push_back({code, u.username, kDemoPassword, u.role});
        }
        seed_org(tx, committee_id, code);
    }
    // members after the users, so the demo member and leader logins can be linked to their records
    seed_members(tx, ids.at("qingjian"),
                 {"qingjian", "610830", 200, "第十届", 10, "2021-12-28", "清涧县", 7});
    seed_members(tx, ids.at("daye"), {"daye", "420281", 220, "第十届", 10, "2021-12-20", "大冶市", 11});
    for (const auto& [code, spec] : kProposalSeeds)
        seed_units(tx, ids.at(code), spec, hash);
    // the office after the members (articles by members) and the logins (staff who sign in)
    for (const char* code : {"qingjian", "daye"})
        seed_office(tx, ids.at(code), code);
    tx.commit();
    { auto done = std::move(tx); }  // hands the connection back: the use cases below need the pool
    // proposals last: each step is a use case in its own transaction
    for (const auto& [code, spec] : kProposalSeeds)
        seed_proposals(db, ids.at(code), spec);
    // information, consultation and supervision: after the proposals, each step its own transaction
    seed_consultation(db, ids.at("qingjian"),
                      {"qingjian", "清涧县", "县", "红枣", "路遥故居", "加强水土流失综合治理", false});
    seed_consultation(db, ids.at("daye"),
                      {"daye", "大冶市", "市", "大冶黄桃", "铜绿山古铜矿遗址", "加快废弃矿山生态修复", true});
    // meetings after the proposals: each act is a use case in its own transaction
    seed_meetings(db, ids.at("qingjian"), "qingjian", "清涧县");
    seed_meetings(db, ids.at("daye"), "daye", "大冶市");
    // results conversion after the units exist: one transaction per committee
    for (const char* code : {"qingjian", "daye"})
        seed_conversion(db, ids.at(code), code);
    // members' duty performance last: it scores the records every domain above has written
    for (const char* code : {"qingjian", "daye"})
        seed_duty(db, ids.at(code), code);
    return logins;
}

}  // namespace zhixie::demo
