#include "demo/seed_members.hpp"

#include <map>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "audit/actor.hpp"
#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/crypto.hpp"
#include "domains/members/members.hpp"
#include "domains/users/users.hpp"

namespace zhixie::demo {

namespace {

// A small deterministic generator so every seed produces the same committee.
struct Rng {
    uint32_t s;
    uint32_t next() {
        s = s * 1664525u + 1013904223u;
        return s >> 8;
    }
    int below(int n) { return static_cast<int>(next() % static_cast<uint32_t>(n)); }
    template <class T>
    const T& pick(const std::vector<T>& v) {
        return v[static_cast<size_t>(below(static_cast<int>(v.size())))];
    }
};

const std::vector<std::string> kSurnames = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
    "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
    "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
    "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹",
    "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵",
    "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "惠", "折", "柯"};
const std::vector<std::string> kGivenMale = {"伟",   "强",   "磊",   "军",   "勇",   "杰",   "涛",
                                             "明",   "超",   "刚",   "平",   "辉",   "建国", "建华",
                                             "志强", "海波", "振华", "文斌", "国庆", "卫东", "晓东",
                                             "永刚", "德明", "正阳", "俊峰", "宏伟", "新民", "立新"};
const std::vector<std::string> kGivenFemale = {
    "芳",   "娜",   "敏",   "静",   "丽",   "艳",   "娟",   "霞",   "燕",   "玲",   "桂英", "秀兰",
    "丽华", "雪梅", "慧敏", "晓燕", "春梅", "红霞", "美玲", "淑珍", "婷婷", "文静", "海燕", "小红"};
const std::vector<std::string> kWorkUnits = {
    "第一中学",         "第二中学",         "实验小学",         "人民医院",       "中医医院",
    "妇幼保健院",       "农业技术推广中心", "农村信用合作联社", "供电公司",       "融媒体中心",
    "文化馆",           "职业教育中心",     "疾病预防控制中心", "律师事务所",     "会计师事务所",
    "建筑工程有限公司", "农业开发有限公司", "商贸有限责任公司", "红枣专业合作社", "卫生院",
    "中心小学",         "人民法院",         "人民检察院",       "科技局",         "工商业联合会"};
const std::vector<std::string> kTitles = {"校长",   "副校长", "教师", "主任医师", "副主任医师", "院长",
                                          "总经理", "董事长", "律师", "会计师",   "高级农艺师", "工程师",
                                          "主任",   "副主任", "社长", "馆长",     "理事长"};

std::string id_card(const std::string& region, const std::string& birth, bool male, int seq) {
    std::string s = region + birth.substr(0, 4) + birth.substr(5, 2) + birth.substr(8, 2) +
                    fmt::format("{:02d}{}", seq % 100, male ? (seq % 5) * 2 + 1 : (seq % 5) * 2);
    static const int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int k = 0; k < 17; ++k)
        sum += (s[k] - '0') * w[k];
    return s + "10X98765432"[sum % 11];
}

std::string affiliation_for(const std::string& sector, Rng& r) {
    static const std::map<std::string, std::string> by_sector = {
        {"中共", "中共党员"},     {"民革", "民革党员"},         {"民盟", "民盟盟员"},
        {"民建", "民建会员"},     {"民进", "民进会员"},         {"农工党", "农工党党员"},
        {"致公党", "致公党党员"}, {"九三学社", "九三学社社员"}, {"无党派人士", "无党派人士"},
        {"共青团", "共青团员"}};
    auto it = by_sector.find(sector);
    if (it != by_sector.end()) return it->second;
    return r.below(3) == 0 ? "群众" : "中共党员";
}

}  // namespace

void seed_members(storage::Tx& tx, int64_t committee_id, const MemberSeedSpec& spec) {
    if (tx.one("SELECT id FROM terms WHERE committee_id = :c", {{"c", committee_id}})) return;
    Rng r{spec.seed};
    auto actor = audit::system_actor(committee_id);
    const int64_t term = tx.insert(
        "INSERT INTO terms (committee_id, number, name, start_date, is_current) VALUES (:c, :n, :name, :d, "
        "1) "
        "RETURNING id",
        {{"c", committee_id},
         {"n", int64_t{spec.term_number}},
         {"name", spec.term_name},
         {"d", spec.term_start}});

    std::vector<std::pair<int64_t, std::string>> sectors, groups, bodies;
    for (const auto& x : tx.query("SELECT id, name FROM sectors WHERE committee_id = :c ORDER BY sort, id",
                                  {{"c", committee_id}}))
        sectors.emplace_back(x.i("id"), x.s("name"));
    for (const auto& x : tx.query("SELECT id, name FROM township_groups WHERE committee_id = :c ORDER BY id",
                                  {{"c", committee_id}}))
        groups.emplace_back(x.i("id"), x.s("name"));
    for (const auto& x : tx.query("SELECT id, name FROM bodies WHERE committee_id = :c AND kind = "
                                  "'special_committee' AND abolished_on IS "
                                  "NULL ORDER BY sort, id",
                                  {{"c", committee_id}}))
        bodies.emplace_back(x.i("id"), x.s("name"));

    std::set<std::string> names;
    std::vector<int64_t> ids, standing;
    int64_t chair = 0;
    for (int k = 0; k < spec.count; ++k) {
        members::MemberFields f;
        bool male = r.below(100) < 68;
        do {
            f.name = r.pick(kSurnames) + (male ? r.pick(kGivenMale) : r.pick(kGivenFemale));
        } while (!names.insert(f.name).second);
        f.gender = male ? "男" : "女";
        f.ethnicity = r.below(20) == 0 ? (spec.region_code.rfind("42", 0) == 0 ? "土家族" : "回族") : "汉族";
        f.birth_date = fmt::format("{}-{:02d}-{:02d}", 1958 + r.below(35), 1 + r.below(12), 1 + r.below(28));
        f.id_card = id_card(spec.region_code, f.birth_date, male, k);
        f.phone = fmt::format("1{}{:09d}", 3 + r.below(6),
                              100000000 + k * 7919 + static_cast<int>(spec.seed % 1000));
        if (!sectors.empty()) {
            const auto& s =
                sectors[static_cast<size_t>(k < 10 ? 0 : r.below(static_cast<int>(sectors.size())))];
            f.sector_id = s.first;
            f.political_affiliation = affiliation_for(s.second, r);
        } else {
            f.political_affiliation = r.below(2) ? "中共党员" : "群众";
        }
        // posts: 1 chair, 4 vice-chairs, 1 secretary-general, then about 1 in 6 standing members
        if (k == 0)
            f.cppcc_post = "主席";
        else if (k <= 4)
            f.cppcc_post = "副主席";
        else if (k == 5)
            f.cppcc_post = "秘书长";
        else
            f.cppcc_post = r.below(6) == 0 ? "常委" : "委员";
        f.is_standing = f.cppcc_post != "委员";
        f.work_unit = spec.town_prefix + r.pick(kWorkUnits);
        f.job_title = r.pick(kTitles);
        if (!groups.empty()) f.township_group_id = groups[static_cast<size_t>(k) % groups.size()].first;
        f.address = f.work_unit;
        if (!bodies.empty() && (k % 3 == 0)) {
            const auto& b = bodies[static_cast<size_t>(k / 3) % bodies.size()];
            f.bodies.emplace_back(b.first, k < 30 ? "副主任" : "委员");
        }
        int64_t id = members::insert_member(tx, committee_id, term, crypto::random_token(12), f);
        ids.push_back(id);
        if (k == 0)
            chair = id;
        else if (f.is_standing)
            standing.push_back(id);
    }
    // the demo leader (lingdao) is the first vice-chair, the demo member (weiyuan) an ordinary member
    for (const auto& [username, member] : {std::pair{"lingdao", ids[1]}, {"weiyuan", ids[40]}}) {
        auto u = tx.one("SELECT id FROM users WHERE committee_id = :c AND username = :u",
                        {{"c", committee_id}, {"u", std::string(username)}});
        if (!u) continue;
        tx.exec("UPDATE members SET user_id = :u WHERE id = :m", {{"u", u->i("id")}, {"m", member}});
        tx.exec("UPDATE users SET display_name = (SELECT name FROM members WHERE id = :m) WHERE id = :u",
                {{"m", member}, {"u", u->i("id")}});
    }
    // liaison tree: chair → every standing member; each standing member → a handful of members;
    // the demo member and some others → public contacts
    const std::string now = clock::now_iso();
    auto link = [&](int64_t from, std::optional<int64_t> to, std::optional<int64_t> contact,
                    const char* level) {
        return tx.insert(
            "INSERT INTO liaison_links (committee_id, from_member_id, to_member_id, to_contact_id, level, "
            "created_at) "
            "VALUES (:c, :f, :t, :pc, :l, :now) RETURNING id",
            {{"c", committee_id},
             {"f", from},
             {"t", to ? storage::Value(*to) : storage::Value{}},
             {"pc", contact ? storage::Value(*contact) : storage::Value{}},
             {"l", std::string(level)},
             {"now", now}});
    };
    std::vector<int64_t> links;
    for (int64_t s : standing)
        links.push_back(link(chair, s, std::nullopt, "chair_standing"));
    size_t next = 6;
    for (int64_t s : standing)
        for (int j = 0; j < 5 && next < ids.size(); ++j, ++next) {
            if (std::find(standing.begin(), standing.end(), ids[next]) != standing.end()) continue;
            links.push_back(link(s, ids[next], std::nullopt, "standing_member"));
        }
    const std::vector<std::string> people = {"村民",         "个体工商户", "退休教师",
                                             "返乡创业青年", "社区居民",   "种植大户"};
    for (size_t k = 40; k < ids.size(); k += 9) {
        for (int j = 0; j < 2; ++j) {
            std::string name = r.pick(kSurnames) + r.pick(r.below(2) ? kGivenMale : kGivenFemale);
            int64_t pc = tx.insert(
                "INSERT INTO public_contacts (committee_id, name, phone, address, note) VALUES (:c, :n, :p, "
                ":a, :note) "
                "RETURNING id",
                {{"c", committee_id},
                 {"n", name},
                 {"p", fmt::format("135{:08d}", r.below(90000000) + 10000000)},
                 {"a", spec.town_prefix + "城区"},
                 {"note", r.pick(people)}});
            links.push_back(link(ids[k], std::nullopt, pc, "member_public"));
        }
    }
    // contact logs: about two thirds of links were contacted this year, some this quarter
    const std::vector<std::string> forms = {"走访", "电话", "座谈", "微信"};
    const std::vector<std::string> issues = {"反映村道硬化后排水不畅，雨季路面积水",
                                             "希望增加农村学校音体美教师",
                                             "红枣销售渠道窄，希望搭建电商平台",
                                             "社区养老服务站运营经费不足",
                                             "城区停车位紧张，建议规划公共停车场",
                                             "农村医保报销流程繁琐",
                                             "小微企业融资难、融资贵",
                                             "河道垃圾清理不及时"};
    const std::string today = clock::today_cst();
    const int year = std::stoi(today.substr(0, 4));
    const int month = std::stoi(today.substr(5, 2));
    for (size_t k = 0; k < links.size(); ++k) {
        if (k % 3 == 2) continue;
        int back = r.below(9);  // months before now
        int y = year, mo = month - back;
        while (mo < 1) {
            mo += 12;
            --y;
        }
        const int today_day = std::stoi(today.substr(8, 2));
        std::string date = fmt::format("{}-{:02d}-{:02d}", y, mo, 1 + r.below(back == 0 ? today_day : 28));
        tx.exec(
            "INSERT INTO contact_logs (committee_id, link_id, contact_date, form, people, issues, follow_up, "
            "created_at) VALUES (:c, :l, :d, :f, :p, :i, :fu, :now)",
            {{"c", committee_id},
             {"l", links[k]},
             {"d", date},
             {"f", r.pick(forms)},
             {"p", std::string("本人")},
             {"i", r.pick(issues)},
             {"fu", std::string("已整理为社情民意信息，持续跟踪")},
             {"now", now}});
    }
    audit::append(tx, actor, "demo.members_seeded", "term", std::to_string(term),
                  {{"members", ids.size()}, {"links", links.size()}});
}

}  // namespace zhixie::demo
