package dev.supervise.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Picks the road of a background accident or violation and writes its location so that, under the
 * locating rule (longest road name, then first occurrence), it lands on that road: a crossing names the
 * road first and a second road that is no longer. A few rows are unlocated on purpose (a place with no
 * road, or a road of another district).
 */
final class Locations {

    private final List<ParkingData.Road> usable = new ArrayList<>();
    private final List<ParkingData.Road> background = new ArrayList<>();
    private final List<ParkingData.Road> dense = new ArrayList<>();
    private final List<List<ParkingData.Road>> byDistrict = new ArrayList<>();
    private final List<ParkingData.Road> all;

    Locations(ParkingData data) {
        this.all = data.roads;
        for (int i = 0; i < Hangzhou.DISTRICTS.size(); i++) {
            byDistrict.add(new ArrayList<>());
        }
        for (ParkingData.Road road : data.roads) {
            if (road.quarantined) {
                continue;
            }
            usable.add(road);
            byDistrict.get(Hangzhou.DISTRICTS.indexOf(road.district)).add(road);
            if (!road.reserved) {
                background.add(road);
                if (road.dense) {
                    dense.add(road);
                }
            }
        }
        if (dense.isEmpty()) {
            throw new IllegalStateException("no dense background road to take the bulk of the violations");
        }
    }

    /** Any road that is not quarantined (accidents without a keyword may happen anywhere). */
    ParkingData.Road anyRoad(SplittableRandom r) {
        return usable.get(r.nextInt(usable.size()));
    }

    /** A background road; a road below 20 spaces/km that has had its share goes to a dense road instead. */
    ParkingData.Road violationRoad(SplittableRandom r) {
        ParkingData.Road road = background.get(r.nextInt(background.size()));
        if (!road.dense && road.backgroundViolations >= ParkingData.SPARSE_CAP) {
            road = dense.get(r.nextInt(dense.size()));
        }
        road.backgroundViolations++;
        return road;
    }

    /** A location on the road (97%), or an unlocated one for a row of the road's district (3%). */
    String background(SplittableRandom r, ParkingData.Road road) {
        int k = r.nextInt(100);
        if (k < 97) {
            if (k < 30) {
                ParkingData.Road other = second(r, road);
                if (other != null) {
                    String loc = ParkingData.crossing(r, road, other);
                    return r.nextInt(100) < 2 ? DirtyValues.fullWidthDigits(loc) : loc;
                }
            }
            String loc = atRoad(r, road);
            return r.nextInt(200) == 0 ? DirtyValues.innerSpace(r, loc) : loc;
        }
        if (k < 99) {
            return road.district.name() + Hangzhou.NO_ROAD_PLACES.get(r.nextInt(Hangzhou.NO_ROAD_PLACES.size()));
        }
        for (int attempt = 0; attempt < 10; attempt++) {
            ParkingData.Road far = usable.get(r.nextInt(usable.size()));
            String loc = far.district.name() + far.name + (1 + r.nextInt(600)) + "号";
            if (far.district != road.district && !containsRoadOf(road.district, loc)) {
                return loc;
            }
        }
        return road.district.name() + Hangzhou.NO_ROAD_PLACES.get(0);
    }

    /** A location naming only this road: "西湖区文二路128号", "文二路（公交站台）", "…便利店门口附近". */
    static String atRoad(SplittableRandom r, ParkingData.Road road) {
        String prefix = r.nextInt(10) < 8 ? road.district.name() : "";
        return switch (r.nextInt(4)) {
            case 0, 1 -> prefix + road.name + (1 + r.nextInt(600)) + "号";
            case 2 -> prefix + road.name + "（" + Hangzhou.LANDMARKS.get(r.nextInt(Hangzhou.LANDMARKS.size())) + "）";
            default -> prefix + road.name + Hangzhou.LANDMARKS.get(r.nextInt(Hangzhou.LANDMARKS.size())) + "附近";
        };
    }

    /** A second road of the same district, no longer than the first, for a crossing; null if none found. */
    private ParkingData.Road second(SplittableRandom r, ParkingData.Road road) {
        List<ParkingData.Road> in = byDistrict.get(Hangzhou.DISTRICTS.indexOf(road.district));
        for (int attempt = 0; attempt < 6; attempt++) {
            ParkingData.Road other = in.get(r.nextInt(in.size()));
            if (!other.name.equals(road.name) && other.name.length() <= road.name.length()
                    && !other.name.contains(road.name)) {
                return other;
            }
        }
        return null;
    }

    private boolean containsRoadOf(Hangzhou.District d, String location) {
        for (ParkingData.Road road : all) {
            if (road.district == d && location.contains(road.name)) {
                return true;
            }
        }
        return false;
    }
}
