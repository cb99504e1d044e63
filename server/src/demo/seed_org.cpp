#include "demo/seed_org.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include <fmt/format.h>

#include "audit/actor.hpp"
#include "core/identity.hpp"
#include "domains/org/lists.hpp"
#include "domains/org/org.hpp"
#include "domains/staff/staff.hpp"

namespace zhixie::demo {

namespace {

struct BodySeed {
    const char* name;
    const char* kind;
    const char* established_on;
    std::vector<org::PostSpec> posts;
    const char* first_name = nullptr;  // the name it was set up under, when it was renamed since
    const char* renamed_on = nullptr;
};

struct EventSeed {
    const char* kind;
    const char* on_date;
    const char* detail = "";
    const char* to_rank = "";
    const char* end_date = "";
};

struct StaffSeed {
    const char* name;
    const char* gender;
    const char* birth_date;
    const char* rank;  // before the events below
    const char* post;
    const char* body;
    const char* joined_on;
    std::vector<EventSeed> events;
    const char* party_role = nullptr;  // in the organisation named by party_org (kind)
    const char* party_org = nullptr;   // organ_group | branch | cell
};

struct CommitteeOrg {
    const char* region_code;  // the first six digits of local ID card numbers
    const char* phone_prefix;
    std::vector<BodySeed> bodies;
    std::vector<const char*> sectors;
    std::vector<const char*> townships;
    std::vector<std::pair<const char*, const char*>> studios;  // name, location
    std::vector<const char*> departments;
    const char* unit_of_demo_user;  // the handling unit the demo `chengban` user answers for
    std::vector<StaffSeed> staff;
};

const org::PostSpec kDirector{"leader", "主任", 1};
const org::PostSpec kDeputy{"leader", "副主任", 1};
const org::PostSpec kThreeDeputies{"leader", "副主任", 3};  // Daye's "1正3副"
const org::PostSpec kClerk{"staff", "科员", 1};

const std::map<std::string, CommitteeOrg>& committees() {
    static const std::map<std::string, CommitteeOrg> m = {
        {"qingjian",
         {"610830",
          "1399120",
          // 一室二委 → 一室三委 (2011) → 一室五委 (2021): 12 authorised posts in all
          {{"办公室", "office", "1984-06-01", {kDirector, kDeputy, {"staff", "科员", 2}}},
           {"提案委员会", "special_committee", "1990-05-01", {kDirector, kClerk}},
           {"经济委员会",
            "special_committee",
            "2006-03-01",
            {kDirector, kClerk},
            "经济科技委员会",
            "2017-03-01"},
           {"社会和法制委员会", "special_committee", "2011-04-01", {kDirector, kClerk}},
           {"学习和文史委员会", "special_committee", "2021-12-01", {kDirector}},
           {"环境资源委员会", "special_committee", "2021-12-01", {kDirector}}},
          {"中共", "民盟", "民进", "无党派人士", "共青团", "工会", "妇联", "工商联", "科技", "教育",
           "文化艺术", "医药卫生", "农业和农村", "经济", "社会福利和社会保障", "宗教", "特邀"},
          {"宽州镇", "石咀驿镇", "折家坪镇", "玉家河镇", "高杰村镇", "李家塔镇", "店则沟镇", "解家沟镇",
           "下廿里铺镇"},
          {{"红枣产业委员工作室", "宽州镇石盘村"},
           {"折家坪镇委员工作室", "折家坪镇便民服务中心"},
           {"路遥文化委员工作室", "县文化馆"}},
          {"县教育局", "县卫生健康局", "县住房和城乡建设局", "县农业农村局", "县交通运输局", "县自然资源局",
           "县生态环境局", "县人力资源和社会保障局", "县民政局", "县财政局", "县发展和改革局",
           "县市场监督管理局", "县文化和旅游局", "县水利局", "县林业局", "县公安局"},
          "县教育局",
          {{"贺建平",
            "男",
            "1971-05-12",
            "正科",
            "主任",
            "办公室",
            "1996-08-01",
            {{"training", "2023-05-15", "全市政协系统干部综合能力提升培训班", "", "2023-05-19"}},
            "书记",
            "organ_group"},
           {"白雪梅",
            "女",
            "1982-10-03",
            "一级主任科员",
            "副主任",
            "办公室",
            "2006-09-01",
            {{"promotion", "2022-04-20", "", "副科"}},
            "书记",
            "branch"},
           {"李小燕",
            "女",
            "1996-02-14",
            "一级科员",
            "科员",
            "办公室",
            "2021-09-01",
            {{"transfer_in", "2021-09-01", "从宽州镇人民政府选调（年轻干部）"}},
            "委员",
            "branch"},
           {"薛海涛",
            "男",
            "1995-07-21",
            "一级科员",
            "科员",
            "办公室",
            "2022-03-01",
            {{"transfer_in", "2022-03-01", "从县乡村振兴局选调（年轻干部）"},
             {"secondment", "2022-05-01", "驻石咀驿镇郝家墕村工作队队员（驻村扶贫）", "", "2024-05-01"}},
            "成员",
            "branch"},
           {"惠文斌",
            "男",
            "1974-01-08",
            "副科",
            "主任",
            "提案委员会",
            "1997-07-01",
            {{"promotion", "2020-06-18", "", "正科"}},
            "委员",
            "organ_group"},
           {"拓亚楠",
            "女",
            "1994-11-26",
            "一级科员",
            "科员",
            "提案委员会",
            "2021-09-01",
            {{"transfer_in", "2021-09-01", "从折家坪镇人民政府选调（年轻干部）"},
             {"secondment", "2023-03-01", "驻高杰村镇辛家沟村第一书记（驻村扶贫）", "", "2025-03-01"}},
            "成员",
            "cell"},
           {"郝东升",
            "男",
            "1976-04-18",
            "副科",
            "主任",
            "经济委员会",
            "1999-08-01",
            {{"promotion", "2021-03-25", "", "正科"}},
            "委员",
            "branch"},
           {"冯晓东",
            "男",
            "1997-08-05",
            "二级科员",
            "科员",
            "经济委员会",
            "2022-09-01",
            {{"transfer_in", "2022-09-01", "从县统计局选调（年轻干部）"},
             {"secondment", "2023-06-01", "驻玉家河镇王家塌村工作队队员（驻村扶贫）", "", "2025-06-01"}},
            "成员",
            "cell"},
           {"霍志刚",
            "男",
            "1973-12-19",
            "正科",
            "主任",
            "社会和法制委员会",
            "1995-12-01",
            {{"secondment", "2021-04-01", "驻李家塔镇郝家塔村工作队队长（驻村扶贫）", "", "2023-04-01"}},
            "成员",
            "cell"},
           {"张宏伟",
            "男",
            "1978-06-27",
            "副科",
            "主任",
            "学习和文史委员会",
            "2002-07-01",
            {{"promotion", "2022-01-10", "", "正科"},
             {"training", "2023-09-11", "省政协文史资料工作培训班", "", "2023-09-15"}},
            "组长",
            "cell"},
           {"马丽娟", "女", "1980-09-15", "副科", "主任", "环境资源委员会", "2004-08-01", {}, "成员", "cell"},
           {"王宏亮",
            "男",
            "1981-03-30",
            "副科",
            "副主任",
            "办公室",
            "2005-08-01",
            {{"recommended", "2023-06-12", "推荐任宽州镇党委副书记"},
             {"transfer_out", "2023-08-01", "调任宽州镇"}}},
           {"呼延军",
            "男",
            "1977-07-07",
            "正科",
            "主任",
            "社会和法制委员会",
            "2000-03-01",
            {{"recommended", "2022-11-08", "推荐任县文化和旅游局局长"},
             {"transfer_out", "2023-01-05", "调任县文化和旅游局"}}}}}},
        {"daye",
         {"420281",
          "1387140",
          // each special committee: 1 director and 3 deputies ("1正3副")
          {{"办公室", "office", "1981-05-01", {kDirector, {"leader", "副主任", 2}, {"staff", "科员", 2}}},
           {"提案委员会", "special_committee", "1987-04-01", {kDirector, kThreeDeputies}},
           {"经济科技委员会", "special_committee", "1993-03-01", {kDirector, kThreeDeputies}},
           {"社会和法制委员会", "special_committee", "2003-02-01", {kDirector, kThreeDeputies}},
           {"文化文史和学习委员会",
            "special_committee",
            "1998-03-01",
            {kDirector, kThreeDeputies},
            "文史资料委员会",
            "2018-12-01"},
           {"农业农村委员会", "special_committee", "2019-12-01", {kDirector, kThreeDeputies}},
           {"信息中心", "centre", "2020-06-01", {kDirector, {"staff", "科员", 2}}}},
          {"中共",     "民革",     "民盟",       "民建",       "民进",
           "农工党",   "致公党",   "九三学社",   "无党派人士", "共青团",
           "工会",     "妇联",     "工商联",     "科技",       "教育",
           "文化艺术", "医药卫生", "农业和农村", "经济",       "社会福利和社会保障",
           "少数民族", "宗教",     "特邀"},
          {"东岳路街道", "东风路街道", "金湖街道", "罗家桥街道", "金山店镇", "还地桥镇", "殷祖镇", "刘仁八镇",
           "陈贵镇", "灵乡镇", "金牛镇", "保安镇", "大箕铺镇", "茗山乡", "汪仁镇", "金山街道"},
          {{"金湖街道委员工作室", "金湖街道办事处"},
           {"殷祖镇委员工作室", "殷祖镇古镇游客中心"},
           {"青铜文化委员工作室", "铜绿山古铜矿遗址博物馆"}},
          {"市教育局", "市卫生健康局", "市住房和城乡建设局", "市农业农村局", "市交通运输局",
           "市自然资源和规划局", "市生态环境局", "市人力资源和社会保障局", "市民政局", "市财政局",
           "市发展和改革局", "市市场监督管理局", "市文化和旅游局", "市水利和湖泊局", "市城市管理执法局",
           "市经济和信息化局"},
          "市住房和城乡建设局",
          {{"柯建华",
            "男",
            "1972-03-14",
            "副科",
            "主任",
            "办公室",
            "1998-07-01",
            {{"promotion", "2019-09-10", "", "正科"}},
            "书记",
            "organ_group"},
           {"陈慧敏",
            "女",
            "1983-08-22",
            "一级主任科员",
            "副主任",
            "办公室",
            "2008-09-01",
            {{"promotion", "2021-07-06", "", "副科"}},
            "书记",
            "branch"},
           {"刘卫国",
            "男",
            "1979-11-05",
            "副科",
            "副主任",
            "办公室",
            "2004-03-01",
            {{"recommended", "2024-03-18", "推荐为殷祖镇镇长人选"}},
            "委员",
            "branch"},
           {"黄思琪", "女", "1995-01-19", "一级科员", "科员", "办公室", "2019-08-01", {}, "成员", "branch"},
           {"程浩然",
            "男",
            "1996-06-30",
            "一级科员",
            "科员",
            "办公室",
            "2020-08-01",
            {{"training", "2022-10-17", "全市年轻干部培训班", "", "2022-10-28"}},
            "成员",
            "branch"},
           {"石建军",
            "男",
            "1970-04-09",
            "副科",
            "主任",
            "提案委员会",
            "1995-10-01",
            {{"promotion", "2020-01-08", "", "正科"}},
            "委员",
            "organ_group"},
           {"王秀英", "女", "1975-09-17", "副科", "副主任", "提案委员会", "1999-04-01", {}, "组长", "cell"},
           {"胡志明",
            "男",
            "1977-12-02",
            "副科",
            "副主任",
            "提案委员会",
            "2001-06-01",
            {{"recommended", "2023-11-20", "推荐任市民政局副局长"}},
            "成员",
            "cell"},
           {"余德海",
            "男",
            "1968-02-25",
            "副科",
            "主任",
            "经济科技委员会",
            "1992-05-01",
            {{"promotion", "2020-12-15", "", "正科"}},
            "成员",
            "cell"},
           {"冯丽君",
            "女",
            "1981-07-08",
            "一级主任科员",
            "副主任",
            "经济科技委员会",
            "2006-07-01",
            {{"promotion", "2022-03-28", "", "副科"}},
            "成员",
            "cell"},
           {"邓子健",
            "男",
            "1986-11-13",
            "二级主任科员",
            "副主任",
            "经济科技委员会",
            "2010-09-01",
            {},
            "成员",
            "cell"},
           {"明志强",
            "男",
            "1973-05-21",
            "副科",
            "主任",
            "社会和法制委员会",
            "1996-08-01",
            {{"promotion", "2021-09-02", "", "正科"}},
            "成员",
            "cell"},
           {"费红梅",
            "女",
            "1980-10-11",
            "一级主任科员",
            "副主任",
            "社会和法制委员会",
            "2005-03-01",
            {{"promotion", "2023-02-14", "", "副科"}},
            "成员",
            "cell"},
           {"卫东升",
            "男",
            "1971-08-03",
            "副科",
            "主任",
            "文化文史和学习委员会",
            "1994-07-01",
            {{"promotion", "2022-06-21", "", "正科"}},
            "成员",
            "cell"},
           {"曹雅琴",
            "女",
            "1984-03-29",
            "一级主任科员",
            "副主任",
            "文化文史和学习委员会",
            "2009-08-01",
            {{"promotion", "2024-01-09", "", "副科"}},
            "成员",
            "cell"},
           {"袁国平",
            "男",
            "1974-06-16",
            "副科",
            "主任",
            "农业农村委员会",
            "1997-09-01",
            {{"promotion", "2023-05-30", "", "正科"}},
            "成员",
            "cell"},
           {"汪建平",
            "男",
            "1982-12-24",
            "副科",
            "副主任",
            "农业农村委员会",
            "2007-04-01",
            {{"secondment", "2021-03-01", "挂职任还地桥镇党委副书记", "", "2023-03-01"}},
            "成员",
            "cell"},
           {"周红", "女", "1978-01-31", "副科", "主任", "信息中心", "2003-10-01", {}, "委员", "branch"},
           {"吴晓峰", "男", "1990-04-27", "一级科员", "科员", "信息中心", "2015-07-01", {}, "成员", "branch"},
           {"李婉清", "女", "1993-09-09", "一级科员", "科员", "信息中心", "2018-08-01", {}, "成员", "branch"},
           {"肖文斌",
            "男",
            "1976-02-06",
            "正科",
            "副主任",
            "办公室",
            "1999-11-01",
            {{"recommended", "2022-08-15", "推荐任金山店镇党委书记"},
             {"transfer_out", "2022-10-10", "调任金山店镇"}}},
           {"孙立新",
            "男",
            "1980-05-23",
            "副科",
            "副主任",
            "提案委员会",
            "2004-09-01",
            {{"recommended", "2023-04-11", "推荐任市文化和旅游局副局长"},
             {"transfer_out", "2023-06-01", "调任市文化和旅游局"}}}}}},
    };
    return m;
}

bool has_any(storage::Tx& tx, const std::string& table, int64_t committee_id) {
    return tx.one("SELECT id FROM " + table + " WHERE committee_id = :c LIMIT 1", {{"c", committee_id}})
        .has_value();
}

std::map<std::string, int64_t> ids_by_name(storage::Tx& tx, const std::string& table, int64_t committee_id) {
    std::map<std::string, int64_t> out;
    for (const auto& r :
         tx.query("SELECT id, name FROM " + table + " WHERE committee_id = :c", {{"c", committee_id}}))
        out[r.s("name")] = r.i("id");
    return out;
}

// An entry of a list (sector, township group, studio, unit) unless one of that name exists.
void ensure_entry(storage::Tx& tx, const audit::Actor& actor, const std::string& list, int64_t committee_id,
                  org::Changes values) {
    const auto& spec = org::list_spec(list);
    const auto& name = std::get<std::string>(values.front().second);
    if (!ids_by_name(tx, spec.table, committee_id).count(name))
        org::create_entry(tx, actor, spec, committee_id, values);
}

void seed_bodies(storage::Tx& tx, const audit::Actor& actor, int64_t committee_id, const CommitteeOrg& o) {
    if (has_any(tx, "bodies", committee_id)) return;
    int64_t sort = 0;
    for (const auto& b : o.bodies) {
        const int64_t id = org::create_body(tx, actor,
                                            {committee_id, b.first_name ? b.first_name : b.name, b.kind,
                                             b.established_on, sort += 10, b.posts, ""});
        if (b.first_name)
            org::record_body_event(tx, committee_id, actor, {id, "renamed", b.renamed_on, b.name, {}, ""});
    }
}

void seed_lists(storage::Tx& tx, const audit::Actor& actor, int64_t committee_id, const CommitteeOrg& o) {
    int64_t sort = 0;
    for (const char* s : o.sectors)
        ensure_entry(tx, actor, "sectors", committee_id, {{"name", s}, {"sort", sort += 10}});
    for (const std::string t : o.townships)
        ensure_entry(tx, actor, "township-groups", committee_id,
                     {{"name", t + "政协活动组"}, {"township", t}});
    for (const auto& [name, location] : o.studios)
        ensure_entry(tx, actor, "studios", committee_id,
                     {{"name", name}, {"location", location}, {"established_on", "2022-07-01"}});
    for (const char* d : o.departments)
        ensure_entry(tx, actor, "units", committee_id, {{"name", d}, {"kind", "department"}});
    for (const std::string t : o.townships) {
        const bool street = t.size() >= 6 && t.compare(t.size() - 6, 6, "街道") == 0;
        ensure_entry(tx, actor, "units", committee_id,
                     {{"name", t + (street ? "办事处" : "人民政府")}, {"kind", "township"}});
    }
    // the demo handling-unit user answers for one unit
    auto user = tx.one("SELECT id FROM users WHERE committee_id = :c AND username = 'chengban'",
                       {{"c", committee_id}});
    const int64_t unit = ids_by_name(tx, "units", committee_id).at(o.unit_of_demo_user);
    if (user && !tx.one("SELECT user_id FROM user_units WHERE user_id = :u AND unit_id = :n",
                        {{"u", user->i("id")}, {"n", unit}}))
        tx.exec("INSERT INTO user_units (user_id, unit_id) VALUES (:u, :n)",
                {{"u", user->i("id")}, {"n", unit}});
}

// ID card numbers and phones are made up but well-formed: region, birth date, sequence (odd for men), check.
std::string id_card(const CommitteeOrg& o, const StaffSeed& s, int k) {
    std::string date = s.birth_date;
    date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
    const int seq = 100 + 2 * k + (std::string(s.gender) == "男" ? 1 : 0);
    const std::string first17 = o.region_code + date + std::to_string(seq);
    return first17 + identity::id_card_check(first17);
}

void seed_staff(storage::Tx& tx, const audit::Actor& actor, int64_t committee_id, const CommitteeOrg& o) {
    if (has_any(tx, "staff", committee_id)) return;
    const auto bodies = ids_by_name(tx, "bodies", committee_id);
    int k = 0;
    for (const auto& s : o.staff) {
        ++k;
        staff::Record r{s.name,
                        s.gender,
                        s.birth_date,
                        id_card(o, s, k),
                        fmt::format("{}{:04d}", o.phone_prefix, 1000 + 37 * k),
                        s.rank,
                        s.post,
                        bodies.at(s.body),
                        "在职",
                        s.joined_on,
                        ""};
        const int64_t id = staff::create_staff(tx, actor, committee_id, r, Lang::zh);
        for (const auto& e : s.events)
            staff::add_event(tx, committee_id, actor,
                             {id, e.kind, e.on_date, e.end_date, e.detail, e.to_rank}, Lang::zh);
    }
}

void seed_party(storage::Tx& tx, const audit::Actor& actor, int64_t committee_id, const CommitteeOrg& o) {
    if (has_any(tx, "party_orgs", committee_id)) return;
    const std::string short_name =
        tx.one("SELECT short_name FROM committees WHERE id = :c", {{"c", committee_id}})->s("short_name");
    const auto bodies = ids_by_name(tx, "bodies", committee_id);
    std::map<std::string, int64_t> orgs;
    orgs["leading_group"] = org::create_party_org(
        tx, actor,
        {committee_id, "中共" + short_name + "党组", "leading_group", std::nullopt, std::nullopt, 10});
    orgs["organ_group"] = org::create_party_org(tx, actor,
                                                {committee_id, "中共" + short_name + "机关党组",
                                                 "organ_group", orgs["leading_group"], std::nullopt, 20});
    orgs["branch"] = org::create_party_org(
        tx, actor,
        {committee_id, short_name + "办公室党支部", "branch", orgs["organ_group"], bodies.at("办公室"), 30});
    orgs["cell"] = org::create_party_org(
        tx, actor, {committee_id, short_name + "专委会党小组", "cell", orgs["branch"], std::nullopt, 40});
    const auto people = ids_by_name(tx, "staff", committee_id);
    for (const auto& s : o.staff)
        if (s.party_org)
            org::add_party_member(tx, committee_id, actor,
                                  {orgs.at(s.party_org), "staff", people.at(s.name), s.party_role});
}

}  // namespace

void seed_org(storage::Tx& tx, int64_t committee_id, const std::string& code) {
    auto it = committees().find(code);
    if (it == committees().end()) return;
    const auto actor = audit::system_actor(committee_id);
    seed_bodies(tx, actor, committee_id, it->second);
    seed_lists(tx, actor, committee_id, it->second);
    seed_staff(tx, actor, committee_id, it->second);
    seed_party(tx, actor, committee_id, it->second);
}

}  // namespace zhixie::demo
