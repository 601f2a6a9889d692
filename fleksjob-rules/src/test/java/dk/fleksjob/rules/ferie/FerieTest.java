package dk.fleksjob.rules.ferie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.fleksjob.rules.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Holiday in a fleksjob with fewer than 5 working days a week. */
class FerieTest {

    private static FerieResult ferie(String workdays, LocalDate... days) {
        return Ferie.calculate(new FerieRequest(Ferie.parseWorkdays(workdays), List.of(days), null));
    }

    @Test
    void threeWorkdaysAWeekGiveThreeWorkdaysAndTwoDaysOffPerHolidayWeek() {
        // EX-FER-01, Vejledning om fleksjob 2017 pkt. 7.4 (quoted by Cabi): »3 dage om ugen … i én uges ferie [indgår]
        // 3 arbejdsdage og 2 arbejdsfrie dage«; »3 x 5 = 15 feriedage … på arbejdsdage, og 2 x 5 = 10 … på arbejdsfrie
        // dage«; »3 enkelte feriedage [vil] udgøre 1 uges ferie«.
        FerieResult r = ferie("man,ons,fre");
        assertThat(r.ugePaaArbejdsdage()).isEqualTo(3);
        assertThat(r.ugePaaFrieDage()).isEqualTo(2);
        assertThat(r.aarPaaArbejdsdage()).isEqualTo(15);
        assertThat(r.aarPaaFrieDage()).isEqualTo(10);
        assertThat(r.enkeltdageTilEnUge()).isEqualTo(3);
    }

    @Test
    void threeSingleWorkdaysOffMakeOneWeekOfHoliday() {
        // EX-FER-01: 3 single holiday days = 1 week = 5 holiday days (Monday 3 June 2024, Wednesday 5th, Friday 7th)
        FerieResult r = ferie("man,ons,fre", LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 5), LocalDate.of(2024, 6, 7));
        assertThat(r.brugteFeriedage()).isEqualTo(5);
    }

    @Test
    void aMondayOffForAMondayAndWednesdayWorkerCountsAsTwoDays() {
        // EX-FER-02, Middelfart Kommune: »arbejder mandag og onsdag … feriedag for mandag … vil det tælle som 2 dage«
        FerieResult r = ferie("man,ons", LocalDate.of(2024, 6, 3));
        assertThat(r.feriedage().get(0).brugteDage()).isEqualTo(2);
        assertThat(r.feriedage().get(0).omfatter()).containsExactly(LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 4));
    }

    @Test
    void everyWorkingWeekPatternMakesAWholeWeekFiveDays() {
        // For every set of working days Monday–Friday, taking all of them off uses exactly 5 holiday days.
        DayOfWeek[] week = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};
        for (int mask = 1; mask < 32; mask++) {
            Set<DayOfWeek> days = new java.util.TreeSet<>();
            List<LocalDate> off = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                if ((mask & (1 << i)) != 0) {
                    days.add(week[i]);
                    off.add(LocalDate.of(2024, 6, 3).plusDays(i));
                }
            }
            FerieResult r = Ferie.calculate(new FerieRequest(days, off, null));
            assertThat(r.brugteFeriedage()).as(days.toString()).isEqualTo(5);
        }
    }

    @Test
    void aHolidayOnADayOffIsRefused() {
        assertThatThrownBy(() -> ferie("man,ons", LocalDate.of(2024, 6, 4))).isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("ikke en af dine arbejdsdage");
        assertThatThrownBy(() -> Ferie.parseWorkdays("lør")).isInstanceOf(InvalidInputException.class);
    }
}
