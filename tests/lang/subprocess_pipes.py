# subprocess: about 1 MB through communicate in both directions (both pipes
# drained together, so a child filling stderr cannot deadlock), big output
# read through the file object, and many children in a row.
import subprocess

data = bytes(range(256)) * 4096            # 1 MiB
out = subprocess.run(['cat'], input=data, capture_output=True).stdout
print(len(out), out == data)

script = 'head -c 1048576 /dev/zero; head -c 1048576 /dev/zero | tr "\\0" x >&2'
p = subprocess.Popen(['sh', '-c', script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
o, e = p.communicate()
print(len(o), len(e), o.count(b'\0'), e.count(b'x'), p.returncode)

# input larger than a pipe while the child writes back as much to both pipes
p = subprocess.Popen(['sh', '-c', 'tee /dev/stderr'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE)
o, e = p.communicate(data)
print(o == data, e == data)

text = ''.join('line %d é\n' % i for i in range(50000))
r = subprocess.run(['cat'], input=text, capture_output=True, text=True)
print(len(r.stdout), r.stdout == text, r.stdout.splitlines()[-1])

p = subprocess.Popen(['seq', '1', '100000'], stdout=subprocess.PIPE)
total = sum(int(line) for line in p.stdout)
p.stdout.close()
print(total, p.wait())

p = subprocess.Popen(['head', '-c', '2000000', '/dev/zero'], stdout=subprocess.PIPE)
print(len(p.stdout.read()), p.wait())
p.stdout.close()

# the child stops reading: the rest of the input is dropped, no BrokenPipeError
r = subprocess.run(['head', '-c', '10'], input=data, capture_output=True)
print(r.stdout, r.returncode)
p = subprocess.Popen(['true'], stdin=subprocess.PIPE)
p.wait()
try:
    p.stdin.write(b'x' * 100000)
    p.stdin.flush()
except BrokenPipeError as e:
    print('BrokenPipeError', e.errno)
try:
    p.stdin.close()
except BrokenPipeError:
    print('at close')

codes = [subprocess.run(['sh', '-c', 'exit %d' % (i % 3)]).returncode for i in range(60)]
print(codes.count(0), codes.count(1), codes.count(2))
