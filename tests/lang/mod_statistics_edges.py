# statistics: type coercion, given means, infinities, weights, grouped medians, quantiles, correctly rounded roots, NormalDist
import statistics as st
from fractions import Fraction as F
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
t(lambda: st.variance([1.0, 2.0, 4.0], xbar=2.0)); t(lambda: st.pvariance([1, 2, 4], mu=2)); t(lambda: st.pvariance([1, 2, 4], mu=2.0)); t(lambda: st.variance([1, 2, 4], F(1, 3)))
t(lambda: st.stdev([1.0, float('inf')])); t(lambda: st.variance([1.0, float('inf')])); t(lambda: st.NormalDist.from_samples([1, float('inf')])); t(lambda: st.pstdev([1, 2, 4], 2.0))
t(lambda: st.mean([True, 2])); t(lambda: st.mean([1, True])); t(lambda: st.mean([F(1,2), 0.5])); t(lambda: st.mean([0.5, F(1, 2)])); t(lambda: st.variance([1, F(1, 2), 2.0]))
class MyF(float): pass
class MyI(int): pass
t(lambda: st.mean([MyF(1.5), 2.0])); t(lambda: st.mean([MyI(1), MyI(2)])); t(lambda: st.mean([MyI(1), MyI(4)])); t(lambda: st.mean([MyI(1), 2.5])); t(lambda: st.mean([MyF(1.5), F(1,2)])); t(lambda: st.mean([MyI(2), F(1,2)]))
t(lambda: st.mean([1, 2]));t(lambda: st.mean([1, 4])); t(lambda: st.mean(iter([1.5, 2.5]))); t(lambda: st.mean([1, 'a']))
t(lambda: st.harmonic_mean([1, 2, 4], weights=[1, 0, 2])); t(lambda: st.harmonic_mean([F(1, 2), 2])); t(lambda: st.harmonic_mean(['a'])); t(lambda: st.harmonic_mean([-1])); t(lambda: st.harmonic_mean([1,2], weights=[1])); t(lambda: st.harmonic_mean([1,2], weights=[-1, 1])); t(lambda: st.harmonic_mean([]))
t(lambda: st.harmonic_mean([0, 0], weights=[0, 0])); t(lambda: st.harmonic_mean(iter([2, 4]), weights=iter([1, 3])))
t(lambda: st.fmean([1, 2], weights=[1])); t(lambda: st.fmean([1, 2], weights=[0, 0])); t(lambda: st.fmean(iter([1, 2]), weights=iter([1, 2]))); t(lambda: st.fmean(iter([])))
t(lambda: st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])); t(lambda: st.median_grouped(['a', 'b'])); t(lambda: st.median_grouped([F(1, 2), F(3, 2)], F(1, 2))); t(lambda: st.median_grouped([]))
t(lambda: st.mode('abcabc')); t(lambda: st.multimode([1, 1, 2, 2, 3])); t(lambda: st.mode({3: 1, 4: 2})); t(lambda: st.median(['b', 'a', 'c']))
t(lambda: st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=3)); t(lambda: st.quantiles([F(1, 3), 1, 2], n=5)); t(lambda: st.quantiles([1, 2, 3], n=1)); t(lambda: st.quantiles([1, 2, 3], n=6, method='inclusive'))
t(lambda: st.stdev([F(1, 10**30), F(3, 10**30), F(7, 10**30)])); t(lambda: st.pstdev([10**200, 3 * 10**200])); t(lambda: st.stdev([0, 0])); t(lambda: st.stdev([2, 2, 2])); t(lambda: st.pstdev([1e-300, 3e-300]))
t(lambda: st.stdev([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])); t(lambda: st.pstdev([F(1, 3), F(1, 7)]));
nd = st.NormalDist(2, 0.5)
t(lambda: (nd.inv_cdf(0.3), nd.inv_cdf(1e-300), nd.inv_cdf(0.999999), nd.inv_cdf(0.5), nd.inv_cdf(0.93))); t(lambda: st.NormalDist(1, 0).pdf(1)); t(lambda: st.NormalDist(1, 0).cdf(1)); t(lambda: st.NormalDist(1, 0).inv_cdf(0.5)); t(lambda: st.NormalDist(1, 0).zscore(1))
t(lambda: (nd.overlap(st.NormalDist(2, 0.7)), nd.overlap(st.NormalDist(3, 0.5)), nd.overlap(nd))); t(lambda: nd.overlap(1)); t(lambda: nd.overlap(st.NormalDist(1, 0)))
t(lambda: (nd / 2, 3 - nd, 3 + nd, nd * -2, -2 * nd, +nd, hash(nd) == hash(st.NormalDist(2, 0.5)), nd == 1, nd.median, nd.mode, nd.stdev, nd.quantiles(3), nd.__getstate__()))
t(lambda: st.NormalDist(2, 0.5).samples(4, seed='x')); t(lambda: st.NormalDist.from_samples([1, 2])); t(lambda: st.NormalDist.from_samples([1])); t(lambda: st.NormalDist(1, 2) - 1)
t(lambda: st.linear_regression([1, 2, 3], [2, 4, 7])); t(lambda: st.linear_regression([1, 2, 3], [2, 4, 7]).slope); t(lambda: st.linear_regression([1], [2])); t(lambda: st.correlation([1], [1])); t(lambda: st.covariance([1, 2], [1]))
t(lambda: st.geometric_mean([])); t(lambda: st.geometric_mean([-1])); t(lambda: st.geometric_mean(iter([2, 8]))); t(lambda: st.fmean([F(1, 3), 2]))
import copy
t(lambda: copy.deepcopy(nd)); t(lambda: st.LinearRegression(1, 2))
# correctly rounded square roots over many data sets (a wrong rounding shows in the last digit)
R = __import__('random').Random(11)
roots = []
for i in range(300):
    k = R.randrange(2, 9)
    kind = i % 3
    if kind == 0: d = [R.randrange(-10**R.randrange(1, 40), 10**R.randrange(1, 40)) for _ in range(k)]
    elif kind == 1: d = [F(R.randrange(1, 10**12), R.randrange(1, 10**12)) for _ in range(k)]
    else: d = [R.uniform(-1, 1) * 10.0 ** R.randrange(-200, 200) for _ in range(k)]
    roots.append((st.stdev(d), st.pstdev(d)))
print(hash(tuple(roots)), roots[:3], roots[-3:])
# the quantile function across its three regions, and sums of the densities
ps = [i / 1000 for i in range(1, 1000)] + [1e-5, 1e-12, 1e-30, 1e-200, 1 - 1e-9, 0.425, 0.075, 0.925]
print(hash(tuple(st.NormalDist(3, 2).inv_cdf(p) for p in ps)), st.NormalDist().inv_cdf(1e-200), st.NormalDist().inv_cdf(0.0749))
print(sum(st.NormalDist(1, 3).pdf(x / 10) for x in range(-100, 100)), sum(st.NormalDist(1, 3).cdf(x / 10) for x in range(-100, 100)))
class I1(int): pass
class I2(int): pass
class FF(F): pass
t(lambda: type(st.mean([I1(1), I1(3), 2])).__name__); t(lambda: st.mean([FF(1, 2), F(1, 3)])); t(lambda: st.mean([I1(1), FF(1, 2)]))
t(lambda: st.mean([1, 2.0, 's'])); t(lambda: st.variance([F(1, 2), 1.5, 2])); t(lambda: st.pvariance([1e308, -1e308, 1e308]))
t(lambda: st.multimode([])); t(lambda: st.mode([[1]])); t(lambda: st.mode(iter('abcb'))); t(lambda: st.median_low([5])); t(lambda: st.median_high([]))
t(lambda: st.fmean(iter([1, 2, 3]), weights=[1, 2])); t(lambda: st.fmean([1, 2, 3], weights=iter([1, 2, 3]))); t(lambda: st.fmean((x for x in [2.0, 4.0])))
t(lambda: st.harmonic_mean([2, 3], weights=[F(1, 2), 3])); t(lambda: st.harmonic_mean([2.5, 4], weights=[1, 0]))
