import statistics as st
from fractions import Fraction as F
import random
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 7, 9]
print(st.mean([1, 2, 3, 4, 4]), st.mean(ints), st.mean([1, 2]), st.mean(data), st.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]), st.mean([1, 2.5, F(1, 2)]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2, 3])), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles(range(10), n=4, method='inclusive'), st.quantiles([1.5, 2.5], n=3))
print(st.variance(data), st.variance(ints), st.variance([F(1, 6), F(1, 2), F(5, 3)]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance(ints), st.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev(ints), st.pstdev(ints), st.stdev([F(1, 3), F(2, 3), 2]), st.variance(data, st.mean(data)))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]; z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(st.covariance(x, y), st.covariance(x, z), st.correlation(x, x), st.correlation(x, z), st.correlation(x, y), st.linear_regression(x, y), st.linear_regression(x, [2 * v for v in x], proportional=True))
R = random.Random(3)
big = [R.gauss(10, 3) for _ in range(500)]
print(st.mean(big), st.stdev(big), st.pvariance(big), st.median(big), st.fmean(big), st.quantiles(big))
nd = st.NormalDist(100, 15)
print(nd, nd.cdf(130), nd.pdf(100), nd.inv_cdf(0.975), nd.quantiles(), nd.zscore(85), nd.overlap(st.NormalDist(110, 10)), nd + 5, nd * 2, nd - st.NormalDist(10, 20), -nd, nd == st.NormalDist(100, 15), nd.mean, nd.variance)
print(st.NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]), st.NormalDist(0, 1).samples(3, seed=42), st.NormalDist().inv_cdf(1e-10), st.NormalDist().inv_cdf(0.1))
t(lambda: st.mean([])); t(lambda: st.variance([1])); t(lambda: st.stdev([1])); t(lambda: st.pvariance([])); t(lambda: st.median([])); t(lambda: st.mode([]))
t(lambda: st.harmonic_mean([1, -1])); t(lambda: st.geometric_mean([0, 1])); t(lambda: st.quantiles([1], n=4)); t(lambda: st.quantiles([1, 2], n=0)); t(lambda: st.quantiles([1, 2], method='x'))
t(lambda: st.mean(['a', 'b'])); t(lambda: st.correlation([1, 1], [1, 2])); t(lambda: st.linear_regression([1, 1], [1, 2])); t(lambda: st.covariance([1], [1, 2])); t(lambda: st.NormalDist(0, -1)); t(lambda: st.NormalDist().inv_cdf(0))
t(lambda: st.mean([1.0, float('inf')])); t(lambda: st.mean([float('nan'), 1])); t(lambda: st.fmean([])); t(lambda: st.harmonic_mean([1, 0, 2]))
print(isinstance(st.StatisticsError(), ValueError))
