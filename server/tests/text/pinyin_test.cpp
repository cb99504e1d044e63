#include <gtest/gtest.h>

#include "text/pinyin.hpp"

using zhixie::text::name_pinyin;

TEST(Pinyin, GivesSyllablesAndInitials) {
    auto p = name_pinyin("张三丰");
    EXPECT_EQ(p.full, "zhang san feng");
    EXPECT_EQ(p.initials, "zsf");
    EXPECT_EQ(name_pinyin("惠建军").initials, "hjj");
}

TEST(Pinyin, ReadsSurnamesAsSurnames) {
    EXPECT_EQ(name_pinyin("单雄信").full, "shan xiong xin");
    EXPECT_EQ(name_pinyin("曾国藩").initials, "zgf");
    EXPECT_EQ(name_pinyin("单").full, "dan");  // a lone character is not a surname
}

TEST(Pinyin, SortsLikeChineseRosters) {
    EXPECT_LT(name_pinyin("白雪梅").full, name_pinyin("张三丰").full);
    EXPECT_LT(name_pinyin("陈慧敏").full, name_pinyin("黄丽华").full);
}
